import { CONCLUSION_TONES, CONCLUSIONS, type Conclusion, type ConclusionTone } from '@/shared';
import { CONCLUSION_LABELS } from '@/features/experiments/utils/conclusion-labels';

export interface ConclusionOption {
  value: Conclusion;
  label: string;
  description: string;
  /** Which colour pair the chip uses; the label always says the result too, never the colour alone. */
  color: ConclusionTone;
}

/** PostHog's display table for conclusions: the wording from the experiments core, a colour per result. */
export const CONCLUSION_OPTIONS: Record<Conclusion, ConclusionOption> = Object.fromEntries(
  CONCLUSIONS.map((value) => [
    value,
    { value, ...CONCLUSION_LABELS[value], color: CONCLUSION_TONES[value] },
  ]),
) as Record<Conclusion, ConclusionOption>;

export function conclusionOption(conclusion: string | null | undefined): ConclusionOption | null {
  return conclusion && conclusion in CONCLUSION_OPTIONS
    ? CONCLUSION_OPTIONS[conclusion as Conclusion]
    : null;
}
