/**
 * Roll-ups across organisations (DOMAIN.md "Scale to design for": Mentorschap Nederland is "one
 * national organisation made of many regional ones"): regional figures added up into national
 * ones. Only id-free measures go in (`ProgrammeReportCounts`, `complianceMeasures`, item results),
 * so no personal record id leaves a roll-up; the small-numbers rule is applied after summing, so
 * three drop-outs in each of two regions are six nationally, and shown.
 */
import type { ComplianceFigureKey } from './compliance.js';
import { sumMeasures, type Measure } from './measures.js';
import type { ReportPeriod } from './period.js';
import type { ProgrammeReportCounts } from './programme-report.js';
import { publishResultGroup, sumItemResults, type PublishedResultGroup, type ResultGroup } from './results.js';
import { DEFAULT_MINIMUM_GROUP_SIZE, publish, type Published } from './small-numbers.js';

/** One region's programme report figures, before the small-numbers rule. */
export interface RegionalProgrammeReport {
  readonly organisationId: string;
  readonly name: string;
  readonly counts: ProgrammeReportCounts;
  /** The region's item results before the minimum, with their counts. */
  readonly results?: readonly ResultGroup[];
}

/** A published part of a roll-up: figures and results. */
export interface RolledUpProgrammeReport {
  readonly figures: Published<ProgrammeReportCounts>;
  readonly results: readonly PublishedResultGroup[];
}

/** The national programme report: the regions added up, and each region, all published. */
export interface NationalProgrammeReport {
  readonly period: ReportPeriod;
  readonly minimumGroupSize: number;
  readonly national: RolledUpProgrammeReport;
  /** Each region as published on its own, in the order given. */
  readonly regions: readonly ({ readonly organisationId: string; readonly name: string } & RolledUpProgrammeReport)[];
}

/**
 * The national programme report from the regions' figures: counts, shares, sums, distributions
 * (exact medians from the added histograms) and breakdowns added up, item results added per item,
 * then published with the minimum (EVA-2). Each region is also published on its own. The regions'
 * periods (and their months) must be the same; throws a `RangeError` when they differ or when
 * there is no region.
 */
export function rollUpProgrammeReports(regions: readonly RegionalProgrammeReport[], minimumGroupSize: number = DEFAULT_MINIMUM_GROUP_SIZE): NationalProgrammeReport {
  const total = sumMeasures(regions.map((region) => region.counts));
  if (total === null) throw new RangeError('a roll-up needs at least one region');
  const results = (groups: readonly ResultGroup[]): PublishedResultGroup[] => groups.map((group) => publishResultGroup(group, minimumGroupSize));
  return {
    period: total.period,
    minimumGroupSize,
    national: { figures: publish(total, minimumGroupSize), results: results(sumItemResults(regions.map((region) => region.results ?? []))) },
    regions: regions.map((region) => ({
      organisationId: region.organisationId,
      name: region.name,
      figures: publish(region.counts, minimumGroupSize),
      results: results(sumItemResults([region.results ?? []])),
    })),
  };
}

/** One region's compliance measures (`complianceMeasures`). */
export interface RegionalCompliance {
  readonly organisationId: string;
  readonly name: string;
  readonly measures: Readonly<Record<ComplianceFigureKey, Measure>>;
}

/** The national compliance figures: the regions added up, and each region, all published. */
export interface NationalCompliance {
  readonly minimumGroupSize: number;
  readonly national: Published<Readonly<Record<ComplianceFigureKey, Measure>>>;
  readonly regions: readonly { readonly organisationId: string; readonly name: string; readonly figures: Published<Readonly<Record<ComplianceFigureKey, Measure>>> }[];
}

/**
 * National compliance figures from the regions' measures, added up and then published with the
 * minimum; each region published on its own too. Throws a `RangeError` when there is no region.
 */
export function rollUpCompliance(regions: readonly RegionalCompliance[], minimumGroupSize: number = DEFAULT_MINIMUM_GROUP_SIZE): NationalCompliance {
  const total = sumMeasures(regions.map((region) => region.measures));
  if (total === null) throw new RangeError('a roll-up needs at least one region');
  return {
    minimumGroupSize,
    national: publish(total, minimumGroupSize),
    regions: regions.map((region) => ({ organisationId: region.organisationId, name: region.name, figures: publish(region.measures, minimumGroupSize) })),
  };
}
