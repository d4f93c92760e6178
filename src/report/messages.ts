// Messages between delegations as a game's record keeps them: who wrote, to whom, in which month
// (turn), and the text. Owns their vocabulary (authors and audiences), their schema in a replay
// file (capped in number and length), and the plain sentence the debrief shows for one. A solo
// game has none; a networked table's replay carries those its reader may read.

import { z } from 'zod';
import { SEATS } from '../model';
import { TEXT_LIMITS } from './safeText';
import * as W from '../strings/report';

/** Who may write: a seat or the facilitator. */
export const ROLES = [...SEATS, 'facilitator'] as const;
export type Role = (typeof ROLES)[number];
/** To whom: one seat or everyone at the table (the facilitator reads every message). */
export const AUDIENCES = ['all', ...SEATS] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A replay never carries more messages than this (a 45-minute class writes a few dozen). */
export const MAX_MESSAGES = 5000;

export const debriefMessageSchema = z
  .object({
    turn: z.number().int().min(0).max(1000),
    by: z.enum(ROLES),
    to: z.enum(AUDIENCES),
    text: z.string().max(TEXT_LIMITS.message, W.messageTooLong(TEXT_LIMITS.message)),
  })
  .strict();
export type DebriefMessage = z.infer<typeof debriefMessageSchema>;

export const messagesSchema = z.array(debriefMessageSchema).max(MAX_MESSAGES, W.tooManyMessages(MAX_MESSAGES));

const NAMES: Record<Role | Audience, string> = W.roleNames;

/** "Seoul to Tokyo", "The facilitator to everyone". */
export function messageHeading(m: Pick<DebriefMessage, 'by' | 'to'>): string {
  return `${NAMES[m.by]} to ${NAMES[m.to]}`;
}

/** The messages written in month `turn`, in the order they were written. */
export function messagesOfTurn(messages: readonly DebriefMessage[], turn: number): DebriefMessage[] {
  return messages.filter((m) => m.turn === turn);
}

/** The last month any message was written in (-1 when none). */
export function lastMessageTurn(messages: readonly DebriefMessage[]): number {
  return messages.reduce((t, m) => Math.max(t, m.turn), -1);
}
