// The legal pages' titles, shared by the pages (tab title, heading) and the build-time prerender.
export const LEGAL_TITLES = {
  terms: "Terms of use",
  privacy: "Privacy",
  contact: "Contact",
} as const;
