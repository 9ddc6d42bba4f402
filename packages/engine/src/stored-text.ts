// Free text that ends up in the database. PostgreSQL `text` cannot hold U+0000 (PGlite neither), so a NUL
// that reaches an INSERT is an internal error; rejecting it during validation turns that into a 400 whose
// field errors name the field. Other control characters store fine and are left alone.
import { z } from "zod";

const NUL_CHARACTER_ERROR = "Remove the NUL character (U+0000): it cannot be stored.";

/** z.string() that rejects the NUL character; chain trim/min/max as usual. */
export function storedText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((text) => !text.includes("\u0000"), { error: NUL_CHARACTER_ERROR });
}
