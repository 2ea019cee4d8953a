import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import { it } from './it';

function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, leaf] of leaves(child, path ? `${path}.${key}` : key))
        found.set(childPath, leaf);
    }
  } else {
    found.set(path, value);
  }
  return found;
}

const locales = { it: leaves(it), en: leaves(en) };

describe('dictionaries', () => {
  test('should have the same keys in Italian and English', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.it.keys()].sort());
  });

  for (const [locale, entries] of Object.entries(locales)) {
    test(`should have a non-empty string for every key in ${locale}`, () => {
      const bad = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
      expect(bad.map(([key]) => key)).toEqual([]);
    });
  }

  test('should use the same placeholders in both locales', () => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = [...locales.it].filter(
      ([key, value]) =>
        JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(locales.en.get(key))),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
