// A module resolve hook that adds the "@interviewer/source" condition, so workspace packages that
// offer their TypeScript source under it (the client) are loaded from source.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "@interviewer/source"] });
}
