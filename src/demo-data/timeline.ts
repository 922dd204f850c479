/**
 * Steps of the simulated service, run in time order. Each step makes one real domain transition
 * at its own time; times only move forward and never pass the limit (the end of `today`).
 */
import type { Rng } from '../domain/random';
import { dateOfMinutes, timestampOf } from './dates';
import { between } from './pick';

interface Step {
  readonly at: number;
  readonly seq: number;
  readonly run: (now: string) => void;
}

export class Schedule {
  private steps: Step[] = [];
  private seq = 0;

  add(at: number, run: (now: string) => void): void {
    this.steps.push({ at, seq: this.seq++, run });
  }

  /** Runs every step added so far, earliest first (ties in the order they were added). */
  runAll(): void {
    const steps = [...this.steps].sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.steps = [];
    for (const step of steps) step.run(timestampOf(step.at));
  }
}

const MINUTES_PER_DAY = 24 * 60;
const DAY_START = 8 * 60 + 30;
const DAY_END = 17 * 60 + 30;

/** A record's own clock: each step some working days after the last, squeezed before the limit. */
export class Timeline {
  constructor(
    private readonly rng: Rng,
    public at: number,
    private readonly limit: number,
  ) {}

  get date(): string {
    return dateOfMinutes(this.at);
  }

  fork(): Timeline {
    return new Timeline(this.rng, this.at, this.limit);
  }

  /** Moves on by minDays..maxDays to a working-hours time; squeezes in before the limit. */
  next(minDays: number, maxDays: number): number {
    // In whole days since 1970 (a Thursday), so a weekend day moves on to the Monday after.
    const day = Math.floor(this.at / MINUTES_PER_DAY) + between(this.rng, minDays, maxDays);
    const weekday = (day + 3) % 7;
    const working = weekday < 5 ? day : day + 7 - weekday;
    let candidate = working * MINUTES_PER_DAY + between(this.rng, DAY_START, DAY_END);
    if (candidate <= this.at) candidate = this.at + between(this.rng, 5, 60);
    if (candidate > this.limit) {
      candidate = Math.min(
        this.limit,
        this.at + 1 + Math.floor(this.rng.next() * (this.limit - this.at)),
      );
    }
    this.at = Math.max(this.at, candidate);
    return this.at;
  }
}
