import { DatabaseAvailability } from '../../../src/db/runner';

/** The state the runner keeps of the database: the rule that lets a dead database answer at once. */
describe('DatabaseAvailability', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('lets every request try while the database answers', () => {
    const availability = new DatabaseAvailability();
    expect([availability.mayTry(), availability.mayTry()]).toEqual([true, true]);
    expect(availability.up).toBe(true);
  });

  it('once down, refuses at once except one probe every 250 ms, and is up again when a probe gets through', () => {
    const availability = new DatabaseAvailability();
    const changes: boolean[] = [];
    availability.onChange((up) => changes.push(up));

    availability.failed();
    expect(availability.up).toBe(false);
    expect(availability.mayTry()).toBe(false);
    jest.advanceTimersByTime(249);
    expect(availability.mayTry()).toBe(false);
    jest.advanceTimersByTime(1);
    expect(availability.mayTry()).toBe('probe');
    // The probe is under way: the others are still refused.
    expect(availability.mayTry()).toBe(false);
    availability.failed();
    jest.advanceTimersByTime(100);
    expect(availability.mayTry()).toBe(false);
    jest.advanceTimersByTime(150);
    expect(availability.mayTry()).toBe('probe');
    availability.answered();
    expect(availability.up).toBe(true);
    expect(availability.mayTry()).toBe(true);
    // Each change is reported once.
    availability.answered();
    expect(changes).toEqual([false, true]);
  });
});
