/**
 * The values flags take, checked as they are parsed: a bad one is a
 * `ValueError` naming the flag and what it accepts (the defaults file's values
 * go through the same checks).
 */
import { ValueError } from '../base/errors.js';
import { BITRATES, DEFAULT_SEARCH_TEMPLATE, type Bitrate } from '../base/options.js';
import { validateTemplate } from '../files/template.js';

export function choice<T extends string>(flag: string, choices: readonly T[]) {
  return (value: string): T => {
    const lower = value.toLowerCase() as T;
    if (!choices.includes(lower)) {
      throw new ValueError(`${flag} ${JSON.stringify(value)} is not one of: ${choices.join(', ')}`, `one of ${choices.join(', ')}`);
    }
    return lower;
  };
}

export function parseBitrate(value: string): Bitrate {
  const b = choice('--bitrate', BITRATES)(value);
  return b === 'best' || b === 'worst' ? b : Number(b);
}

export function integerIn(flag: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
      const expected = `a whole number from ${min} to ${max}`;
      throw new ValueError(`${flag} ${JSON.stringify(value)} must be ${expected}`, expected);
    }
    return Number(value);
  };
}

export function nonEmpty(flag: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new ValueError(`${flag} needs a value`, 'a non-empty value');
    return value;
  };
}

export function parseOutputTemplate(value: string): string {
  validateTemplate(value);
  return value;
}

export function parseSearchTemplate(value: string): string {
  if (!value.includes('{query}')) {
    throw new ValueError(
      `--search-template ${JSON.stringify(value)} has no {query}`,
      'a template with {query}',
      `for example ${DEFAULT_SEARCH_TEMPLATE} or https://music.youtube.com/search?q={query}#songs`,
    );
  }
  return value;
}
