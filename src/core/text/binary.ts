/**
 * Whether decoded text came from a binary file: a NUL, or more than 1 % replacement
 * characters (bytes that are not UTF-8) or C0 control characters other than tab, line feed,
 * carriage return and form feed in its first 20,000 characters. One test for the CLI's files
 * and the reader's imports.
 */
const SAMPLE = 20_000;

export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  return odd > sample.length / 100;
}
