import type { Dataset } from '../schema/types.js';
import type { Params } from '../calibrate/params.js';

/** Options of boardsJoining. */
export interface BoardsJoiningOptions {
  /** Boards that join (members are ignored). */
  boards: string[];
  /** Base-year demand FTE of `board|subject`. */
  demandByBoardSubject: (key: string) => number;
}

/**
 * Placement shares and binding rates when boards join the partnership: each non-member that joins takes a
 * share of the members' placements in proportion to its demand in the subject (members are scaled down so
 * the total placed stays the same) and binds at max(its own rate, the mean member rate).
 * @param data normalised dataset
 * @param params parameters
 * @param options joining boards and base-year demand
 * @returns placementShare and bindingRate to use
 * @example
 * boardsJoining(data, params, { boards: ['B0014'], demandByBoardSubject: (k) => demand.get(k) ?? 0 });
 */
export function boardsJoining(data: Dataset, params: Params, options: BoardsJoiningOptions) {
  const demandOf = options.demandByBoardSubject;
  const placementShare: Record<string, Record<string, number>> = params.placementShare;
  const bindingRate: Record<string, number> = { ...params.bindingRate };
  let shares = placementShare;
  const joining = options.boards.filter((b) => {
    if (!data.boards.some((x) => x.board_id === b))
      throw new RangeError(`scenario lever boardsJoining: unknown board "${b}"`);
    return !data.boards.find((x) => x.board_id === b)!.partnership_member;
  });
  if (joining.length) {
    const members = new Set(data.boards.filter((b) => b.partnership_member).map((b) => b.board_id));
    let num = 0;
    let den = 0;
    for (const b of members) {
      num += params.bindingRate[b] ?? 0;
      den += 1;
    }
    const memberBinding = den > 0 ? num / den : 0;
    shares = {};
    for (const [key, m] of Object.entries(placementShare)) {
      const subject = key.split('|')[2];
      let memberShare = 0;
      let memberDemand = 0;
      for (const [b, sh] of Object.entries(m)) if (members.has(b)) memberShare += sh;
      for (const b of members) memberDemand += demandOf(`${b}|${subject}`);
      let joinDemand = 0;
      for (const j of joining) joinDemand += demandOf(`${j}|${subject}`);
      const total = memberDemand + joinDemand;
      const next: Record<string, number> = { ...m };
      if (total > 0 && memberShare > 0 && joinDemand > 0) {
        const keep = memberDemand / total;
        for (const b of members) if (next[b]) next[b] *= keep;
        for (const j of joining)
          next[j] = (next[j] ?? 0) + (memberShare * demandOf(`${j}|${subject}`)) / total;
      }
      shares[key] = next;
    }
    for (const j of joining) bindingRate[j] = Math.max(bindingRate[j] ?? 0, memberBinding);
  }

  return { placementShare: shares, bindingRate };
}
