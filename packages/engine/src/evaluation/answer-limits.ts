// Size limit for one answer, shared by the api's input schema and the tests that feed the grader the
// longest answer it can get. 20,000 characters is pages of text: far more than any spoken answer.
export const MAX_ANSWER_CHARS = 20_000;
