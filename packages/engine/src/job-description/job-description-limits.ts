// Size limit for job description text, shared by the plan schema and the analyzers. 20,000 characters
// is several pages: longer text is almost always a pasted web page, and it bloats every model prompt.
export const MAX_JOB_DESCRIPTION_CHARS = 20_000;
