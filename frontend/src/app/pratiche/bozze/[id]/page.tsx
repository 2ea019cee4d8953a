import type { Metadata } from 'next';
import Link from 'next/link';
import { Steppers } from '../../../../components/steppers/steppers';
import { AttachmentsStep } from '../../../../components/sue/attachments-step';
import { FilingReceiptPanel } from '../../../../components/sue/filing-receipt-panel';
import { FilingSummary } from '../../../../components/sue/filing-summary';
import { SectionForm } from '../../../../components/sue/section-form';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { orNotFound } from '../../../../lib/api/or-not-found';
import { getDraft } from '../../../../lib/api/sue';
import { requireUser } from '../../../../lib/auth/require-user';
import {
  SECTION_STEPS,
  type SectionStep,
  stepFrom,
  sueRoutes,
  WIZARD_STEPS,
} from '../../../../lib/sue/wizard-steps';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sue.newFiling.title };
}

/** The filing wizard on one draft: a step per section, the signed attachments, the summary; the receipt once sent. */
export default async function DraftPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const step = stepFrom(query.passo);
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(sueRoutes.draft(id, step))]);
  const draft = await orNotFound(getDraft(id));
  const s = t.sue;
  const typeLabel = draft.typeLabel[locale === 'en' ? 'en' : 'it'];
  const position = WIZARD_STEPS.indexOf(step);
  const next = WIZARD_STEPS[Math.min(position + 1, WIZARD_STEPS.length - 1)];
  const previous = position > 0 ? WIZARD_STEPS[position - 1] : null;
  const isSection = (SECTION_STEPS as readonly string[]).includes(step);

  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={sueRoutes.newFiling}>
        {t.permits.detail.back}
      </Link>
      <h1 className="mb-3">{formatMessage(s.wizard.title, { type: typeLabel })}</h1>
      {draft.filed ? (
        <FilingReceiptPanel filed={draft.filed} t={s.receipt} />
      ) : (
        <>
          <p>{s.wizard.draftLead}</p>
          <Steppers steps={WIZARD_STEPS} current={step} t={s.steps} />
          {isSection && (
            <SectionForm
              key={`${step}-${draft.version}`}
              draftId={draft.id}
              version={draft.version}
              step={step as SectionStep}
              next={next}
              section={(draft.sections as Record<string, Record<string, unknown> | undefined>)[step]}
              required={(draft.requiredSections as string[]).includes(step)}
              t={s}
            />
          )}
          {step === 'allegati' && <AttachmentsStep draft={draft} t={s} locale={locale} />}
          {step === 'allegati' && (
            <Link className="btn btn-primary mt-4" href={sueRoutes.draft(draft.id, 'riepilogo')}>
              {s.wizard.save}
            </Link>
          )}
          {step === 'riepilogo' && <FilingSummary draft={draft} t={s} locale={locale} />}
          {previous && (
            <p className="mt-4">
              <Link href={sueRoutes.draft(draft.id, previous)}>{s.wizard.back}</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
