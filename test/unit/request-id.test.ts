import { describe, expect, it } from 'vitest';
import { withRequestIds } from '../../src/server/request-id.js';

describe('the request id in GraphQL errors', () => {
  it('adds it to each error that lacks it and keeps one already there', () => {
    const payload = JSON.stringify({
      errors: [{ message: 'a', extensions: { code: 'BAD_REQUEST' } }, { message: 'b' }, { message: 'c', extensions: { requestId: 'x' } }],
      data: null,
    });
    expect(JSON.parse(withRequestIds(payload, 'r1'))).toEqual({
      errors: [
        { message: 'a', extensions: { code: 'BAD_REQUEST', requestId: 'r1' } },
        { message: 'b', extensions: { requestId: 'r1' } },
        { message: 'c', extensions: { requestId: 'x' } },
      ],
      data: null,
    });
  });

  it('leaves an answer without errors, or that is not JSON, as it is (the same string)', () => {
    const answer = '{"data":{"node":{"id":"kz","name":"{\\"errors\\":"}}}';
    expect(withRequestIds(answer, 'r1')).toBe(answer);
    expect(withRequestIds('{"errors": nope', 'r1')).toBe('{"errors": nope');
    const known = '{"errors":[{"message":"m","extensions":{"requestId":"x"}}]}';
    expect(withRequestIds(known, 'r1')).toBe(known);
  });
});
