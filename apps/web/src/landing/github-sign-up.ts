// Where a GitHub sign-up from the public pages lands: the dashboard says how many credits there are
// and how to start. Its own module so the prerendered pages' script can use it without React.
export const GITHUB_SIGN_UP_RETURN_TO = "/dashboard";
