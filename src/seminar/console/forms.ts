// Turning the console's form fields into facilitator messages, checked before sending with the
// model's own validators (customProblem, adjustProblem), so the facilitator sees the problem
// next to the form instead of a refusal from the game window. Pure.

import { customProblem } from '../../model/phases/events';
import { adjustProblem } from '../../model/phases/facilitation';
import { type CustomEvent, type Effects, METERS, type MeterKey } from '../../model/types';
import * as C from '../../strings/console';

export type FormResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Effects typed as text per meter; blank fields mean no effect. */
export function customFromForm(
  title: string,
  text: string,
  effects: Partial<Record<MeterKey, string>>,
): FormResult<CustomEvent> {
  const parsed: Effects = {};
  for (const meter of METERS) {
    const raw = (effects[meter] ?? '').trim();
    if (raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n)) return { ok: false, error: C.effectNotNumber(meter, raw) };
    if (n !== 0) parsed[meter] = n;
  }
  const custom: CustomEvent = { title: title.trim(), text: text.trim(), effects: parsed };
  const problem = customProblem(custom);
  return problem ? { ok: false, error: problem } : { ok: true, value: custom };
}

export function adjustFromForm(
  meter: string,
  value: string,
  reason: string,
): FormResult<{ meter: MeterKey; value: number; reason: string }> {
  const n = value.trim() === '' ? Number.NaN : Number(value);
  const problem = adjustProblem(meter, n, reason);
  return problem
    ? { ok: false, error: problem }
    : { ok: true, value: { meter: meter as MeterKey, value: n, reason: reason.trim() } };
}
