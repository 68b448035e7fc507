import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/api-error.ts';
import { formErrorsFromFailure, summaryEntries } from './form-errors.ts';

const messages = { network: 'No connection.', unexpected: 'Something went wrong.' };
const known = ['name', 'topics', 'availability'] as const;

describe('formErrorsFromFailure', () => {
  it('puts each server field message next to the field its path starts with', () => {
    const error = new ApiError(400, {
      code: 'INVALID_INPUT',
      message: 'Check the marked fields.',
      fields: {
        'availability.2': 'This block overlaps.',
        'topics.0.slug': 'Unknown topic.',
        name: 'Too long.',
      },
    });
    expect(formErrorsFromFailure(error, known, messages)).toEqual({
      fields: { availability: 'This block overlaps.', topics: 'Unknown topic.', name: 'Too long.' },
      general: [],
    });
  });

  it('keeps messages for fields the form does not show, so nothing the server says is lost', () => {
    const error = new ApiError(400, {
      code: 'INVALID_INPUT',
      message: 'Check the marked fields.',
      fields: { 'awayPeriods.0.to': 'The end lies before the start.' },
    });
    expect(formErrorsFromFailure(error, known, messages).general).toEqual([
      'The end lies before the start.',
    ]);
  });

  it('shows the server sentence for errors without fields, and its own words when there is no answer', () => {
    const rateLimited = new ApiError(429, { code: 'TOO_MANY_REQUESTS', message: 'Wait a moment.' });
    expect(formErrorsFromFailure(rateLimited, known, messages).general).toEqual(['Wait a moment.']);
    expect(
      formErrorsFromFailure(new NetworkError(new Error('offline')), known, messages).general,
    ).toEqual(['No connection.']);
  });
});

describe('summaryEntries', () => {
  it('lists general problems first, then fields in the order of the form, each linked to its field', () => {
    const entries = summaryEntries(
      {
        fields: { availability: 'Pick an hour.', name: 'Enter your name.' },
        general: ['Try again.'],
      },
      known,
      (field) => `profile-${field}`,
    );
    expect(entries).toEqual([
      { message: 'Try again.' },
      { message: 'Enter your name.', fieldId: 'profile-name' },
      { message: 'Pick an hour.', fieldId: 'profile-availability' },
    ]);
  });
});
