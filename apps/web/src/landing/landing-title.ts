// The landing page's title, shared by the React page and the prerendered one.
export const LANDING_TITLE = "Practise backend interviews";
