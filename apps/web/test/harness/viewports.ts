// The screen sizes the browser tests use, so "a phone" and "a desktop" mean the same in every file.

/** A common phone (iPhone 12 to 14). */
export const PHONE = { width: 390, height: 844 } as const;
/** A wide desktop window. */
export const DESKTOP_WIDE = { width: 1440, height: 900 } as const;
/** A laptop-sized desktop window: the browser's own default in these tests. */
export const DESKTOP = { width: 1280, height: 900 } as const;

/** A phone, then a wide desktop: the pair most tests run once each on. */
export const PHONE_AND_DESKTOP = [
  { name: "phone", viewport: PHONE },
  { name: "desktop", viewport: DESKTOP_WIDE },
] as const;
