/**
 * Which planned meetings have a log, for a whole school year of meetings at once. The rule is the
 * meeting log's (`unpairedMeetings`: a log counts for the meeting it names, else one on the same
 * day, else the nearest within `LOG_MATCH_WINDOW_DAYS`); this only feeds it in pieces. Meetings a
 * week or more apart can never compete for the same log, so a match's meetings split into clusters
 * that are paired one by one, each with the logs that can reach it: the same answer as pairing the
 * whole year, in time linear in the meetings and logs for a weekly programme instead of quadratic.
 */
import { LOG_MATCH_WINDOW_DAYS, unpairedMeetings, type LoggedMeetingRef, type PlannedMeetingRef } from '../meeting-log/log.js';
import { dayNumber } from '../schedule/days.js';

/** Two meetings this many days apart or more cannot share a candidate log. */
const CLUSTER_GAP_DAYS = 2 * LOG_MATCH_WINDOW_DAYS + 1;

interface Cluster<M> {
  readonly meetings: M[];
  readonly logs: LoggedMeetingRef[];
  first: number;
  last: number;
}

/**
 * The planned meetings of one match that no log covers, exactly as `unpairedMeetings` decides for
 * the same meetings (sorted by date) and logs, computed cluster by cluster.
 */
export function uncoveredMeetings<M extends PlannedMeetingRef>(meetings: readonly M[], logs: readonly LoggedMeetingRef[]): M[] {
  const clusters: Cluster<M>[] = [];
  const clusterOfDate = new Map<string, Cluster<M>>();
  for (const meeting of meetings) {
    const day = dayNumber(meeting.date);
    let cluster = clusters[clusters.length - 1];
    if (!cluster || day - cluster.last >= CLUSTER_GAP_DAYS) {
      cluster = { meetings: [], logs: [], first: day, last: day };
      clusters.push(cluster);
    }
    cluster.meetings.push(meeting);
    cluster.last = Math.max(cluster.last, day);
    clusterOfDate.set(meeting.date, cluster);
  }
  for (const log of logs) {
    // A log naming a meeting can only count for a meeting of that date (the first pass).
    if (log.plannedFor !== undefined) {
      clusterOfDate.get(log.plannedFor)?.logs.push(log);
      continue;
    }
    const day = dayNumber(log.date);
    let low = 0;
    let high = clusters.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const cluster = clusters[middle]!;
      if (day < cluster.first - LOG_MATCH_WINDOW_DAYS) high = middle - 1;
      else if (day > cluster.last + LOG_MATCH_WINDOW_DAYS) low = middle + 1;
      else {
        cluster.logs.push(log);
        break;
      }
    }
  }
  const uncovered: M[] = [];
  for (const cluster of clusters) {
    // One meeting alone: every log that reached its cluster fits it, so it is covered when any did
    // (what each pass of unpairedMeetings would find; weekly programmes are all such clusters).
    if (cluster.meetings.length === 1) {
      if (cluster.logs.length === 0) uncovered.push(cluster.meetings[0]!);
    } else uncovered.push(...unpairedMeetings(cluster.meetings, cluster.logs));
  }
  return uncovered;
}
