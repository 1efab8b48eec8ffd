import type { z } from 'zod';
import { pipelineStage, screeningStep } from '@driehoek/contracts/screening';

/** The pipeline stages and screening steps, in the domain's order (from the contracts, which take them from the domain). */
export const PIPELINE_STAGES = pipelineStage.options;
export type PipelineStage = z.infer<typeof pipelineStage>;

export const SCREENING_STEPS = screeningStep.options;
export type ScreeningStep = z.infer<typeof screeningStep>;

export function isPipelineStage(value: string | null): value is PipelineStage {
  return value !== null && (PIPELINE_STAGES as readonly string[]).includes(value);
}
