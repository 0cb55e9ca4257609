import { z } from 'zod/mini';
import { CONCLUSION_COMMENT_MAX, CONCLUSIONS } from '@/shared';

/** The fields every conclusion form shares: the End dialog, "edit conclusion", and ending many at once. */
export const conclusionFields = {
  // A string first, so the form can start with nothing chosen ('') and still require a choice.
  conclusion: z.pipe(z.string(), z.enum(CONCLUSIONS, { error: 'Choose a conclusion.' })),
  comment: z
    .string()
    .check(
      z.maxLength(
        CONCLUSION_COMMENT_MAX,
        `Keep the comment to ${CONCLUSION_COMMENT_MAX} characters or fewer.`,
      ),
    ),
};

export const ConclusionForm = z.object(conclusionFields);
export type ConclusionFormInput = z.input<typeof ConclusionForm>;
export type ConclusionFormOutput = z.output<typeof ConclusionForm>;
