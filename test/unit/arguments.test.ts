import { describe, expect, it } from 'vitest';
import { checkId, checkRange, luceneQuery } from '../../src/read/arguments.js';

describe('luceneQuery', () => {
  it('keeps only words, each exact (boosted) or as a prefix', () => {
    expect(luceneQuery('Rights of the Child')).toBe('(rights^2 OR rights*) (of^2 OR of*) (the^2 OR the*) (child^2 OR child*)');
  });

  it('keeps Cyrillic words, including Kazakh letters', () => {
    expect(luceneQuery('Баланың құқықтары')).toBe('(баланың^2 OR баланың*) (құқықтары^2 OR құқықтары*)');
  });

  it.each(['AND', '"child" OR law~2', 'x:y', '(a) [b TO c] {d}', 'a && b || !c', 'a\\b'])('leaves no Lucene syntax from %j', (input) => {
    const words = luceneQuery(input)
      .replace(/\(\S+\^2 OR \S+\*\)/g, '')
      .trim();
    expect(words).toBe('');
    expect(luceneQuery(input)).not.toMatch(/[:"~[\]{}!&|\\]|\bAND\b|\bNOT\b|\bTO\b/);
  });

  it.each(['', '  ', '!!!', 'x'.repeat(201)])('rejects %j', (input) => {
    let thrown: unknown;
    try {
      luceneQuery(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'query' } });
  });
});

describe('argument checks', () => {
  it('accepts readable ids and UN document symbols', () => {
    for (const id of ['crc:art:19', 'kz:law:rights-of-child:art:7-1', 'CRC/C/KAZ/CO/4#para-29', 'src:seed-paper']) {
      expect(checkId(id)).toBe(id);
    }
  });

  it.each(['', ' crc', 'a b', 'x'.repeat(201), "x' OR 1=1", 'Ω'])('rejects the id %j', (id) => {
    expect(() => checkId(id)).toThrow(/not a valid id/);
  });

  it('names the argument and the range', () => {
    expect(() => checkRange(55, 1, 54, 'number')).toThrow(
      expect.objectContaining({
        message: 'number must be between 1 and 54 (got 55)',
        extensions: { code: 'BAD_USER_INPUT', argument: 'number', allowed: '1..54' },
      }),
    );
  });
});
