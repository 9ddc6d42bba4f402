// Password rules per OWASP ASVS 5 (V6.2): at least 8 characters, at least 64 allowed (we allow 128),
// no composition rules, and not one of the most common passwords. The list ships in the repository
// (common-passwords.txt: the most frequent passwords of 8+ characters from the MIT-licensed
// @zxcvbn-ts/language-common frequency list), so the check needs no network.
import { readFileSync } from "node:fs";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return commonPasswords.has(password.toLowerCase());
}

/** Length is counted in Unicode code points, so emoji and accents count as one character each. */
export const ZNewPasswordSchema = z
  .string()
  .refine((value) => [...value].length >= PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  })
  .refine((value) => [...value].length <= PASSWORD_MAX_LENGTH, {
    message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  })
  .refine((value) => !isCommonPassword(value), {
    message: "This password is one of the most common ones; choose one that is harder to guess.",
  });
