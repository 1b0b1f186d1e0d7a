/**
 * The partnership's organisations: the 0-A overview (domain × level), who holds the regie, every
 * partner with contactpersoon and e-mail, editable with autosave, and the edition's suggestions.
 */
import { Button, Link } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import { useLocale, useT } from '../../app/index.ts';
import { AddRecord } from '../common/AddRecord.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { useRecordStyles } from '../common/record.styles.ts';
import { RecordActions } from '../common/RecordActions.tsx';
import { RecordEditor } from '../common/RecordEditor.tsx';
import { RecordForm } from '../common/RecordForm.tsx';
import { ScreenLoading } from '../common/ScreenLoading.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { useRecordScreen } from '../common/useRecordScreen.ts';
import {
  emptyDraft,
  labelOf,
  overviewGrid,
  validatePartner,
  type OverviewInput,
  type PartnerDraft,
  type SuggestionGroup,
} from './model.ts';
import { formatList } from '../../../shared/i18n/index.ts';
import { PartnerFields } from './PartnerFields.tsx';
import { usePartnerEditor } from './usePartnerEditor.ts';
import { usePartners } from './usePartners.ts';
import { usePartnersStyles } from './Partners.styles.ts';

function Overview({
  overview,
  partners,
}: {
  readonly overview: OverviewInput;
  readonly partners: readonly Partner[];
}) {
  const t = useT();
  const styles = usePartnersStyles();
  const common = useCommonStyles();
  const { cells, unplaced } = overviewGrid(overview, partners);
  return (
    <section className={common.section} aria-labelledby="partners-overview">
      <h2 id="partners-overview" className={common.heading2}>
        {t('tab.partners.overview')}
      </h2>
      {/* A scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <div
        className={styles.tableWrap}
        role="region"
        aria-label={t('tab.partners.overview.caption')}
        tabIndex={0}
      >
        <table className={styles.table}>
          <caption className={styles.caption}>{t('tab.partners.overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {t('tab.partners.overview.domain')}
              </th>
              {overview.levels.map((level) => (
                <th key={level.id} scope="col" className={styles.th}>
                  {level.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.domains.map((domain) => (
              <tr key={domain.id}>
                <th scope="row" className={styles.th}>
                  {domain.label}
                </th>
                {overview.levels.map((level) => {
                  const here = cells.get(`${domain.id}/${level.id}`) ?? [];
                  return (
                    <td key={level.id} className={styles.td}>
                      {here.length === 0 ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className={common.visuallyHidden}>
                            {t('tab.partners.overview.emptyCell')}
                          </span>
                        </>
                      ) : (
                        <ul className={styles.cellList}>
                          {here.map((p) => (
                            <li key={p.id}>{p.organisatie}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unplaced.length > 0 && (
        <p>
          {t('tab.partners.unplaced')}: {unplaced.map((p) => p.organisatie).join(', ')}
        </p>
      )}
    </section>
  );
}

function PartnerEditor({
  partner,
  overview,
  onDone,
}: {
  readonly partner: Current<Partner>;
  readonly overview: OverviewInput | undefined;
  readonly onDone: () => void;
}) {
  const editor = usePartnerEditor(partner);
  return (
    <RecordEditor editor={editor} onDone={onDone}>
      <PartnerFields
        draft={editor.draft}
        errors={editor.errors}
        overview={overview}
        onChange={editor.change}
      />
    </RecordEditor>
  );
}

function PartnerCard({
  partner,
  overview,
  editing,
  onEdit,
  onRemove,
}: {
  readonly partner: Current<Partner>;
  readonly overview: OverviewInput | undefined;
  readonly editing: boolean;
  readonly onEdit: (on: boolean) => void;
  readonly onRemove: () => Promise<unknown>;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = usePartnersStyles();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const domein = overview === undefined ? undefined : labelOf(overview.domains, partner.domein);
  const niveau = overview === undefined ? undefined : labelOf(overview.levels, partner.niveau);
  const details: [string, string][] = [
    [t('tab.partner.domein'), domein ?? t('tab.partner.geen')],
    [t('tab.partner.niveau'), niveau ?? t('tab.partner.geen')],
    [
      t('tab.partner.rollen'),
      partner.rollen.length === 0
        ? t('tab.common.none')
        : formatList(
            locale,
            partner.rollen.map((r) => t(`tab.partner.rol.${r}`)),
          ),
    ],
    [t('tab.partner.contactpersoon'), partner.contactpersoon === '' ? '—' : partner.contactpersoon],
  ];
  return (
    <li className={record.card}>
      <h3 className={common.heading3}>
        <span className={common.userText}>{partner.organisatie}</span>
      </h3>
      <dl className={record.details}>
        {details.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={record.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        <dt className={record.term}>{t('tab.partner.email')}</dt>
        <dd className={styles.value}>
          {partner.email === '' ? '—' : <Link href={`mailto:${partner.email}`}>{partner.email}</Link>}
        </dd>
        {partner.toelichting !== '' && (
          <>
            <dt className={record.term}>{t('tab.partner.toelichting')}</dt>
            <dd className={styles.value}>{partner.toelichting}</dd>
          </>
        )}
      </dl>
      <RecordActions
        kind="partner"
        id={partner.id}
        editLabel={t('tab.partners.edit', { organisatie: partner.organisatie })}
        removeLabel={t('tab.partners.remove', { organisatie: partner.organisatie })}
        confirmText={t('tab.partners.removeConfirm', { organisatie: partner.organisatie })}
        editing={editing}
        onEdit={onEdit}
        onRemove={onRemove}
        editor={(done) => <PartnerEditor partner={partner} overview={overview} onDone={done} />}
      />
    </li>
  );
}

function AddPartner({
  overview,
  onAdd,
  onCancel,
}: {
  readonly overview: OverviewInput | undefined;
  readonly onAdd: (draft: PartnerDraft) => Promise<boolean>;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const record = useRecordStyles();
  const form = useDraftForm(emptyDraft, validatePartner);
  return (
    <RecordForm
      title={t('tab.partners.new')}
      headingId="partners-new"
      form={form}
      onAdd={onAdd}
      onCancel={onCancel}
      className={record.card}
    >
      <PartnerFields
        short
        draft={form.draft}
        errors={form.visible}
        overview={overview}
        onChange={form.change}
        onBlur={form.blur}
      />
    </RecordForm>
  );
}

function Suggestions({
  overview,
  groups,
  onAdd,
}: {
  readonly overview: OverviewInput;
  readonly groups: readonly SuggestionGroup[];
  readonly onAdd: (draft: PartnerDraft) => Promise<boolean>;
}) {
  const t = useT();
  const styles = usePartnersStyles();
  const common = useCommonStyles();
  const container = useRef<HTMLDivElement>(null);
  const focusAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    // The added suggestion's button is gone: keep the keyboard where it was.
    if (focusAt.current === undefined) return;
    const buttons = container.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const target = buttons[Math.min(focusAt.current, buttons.length - 1)];
    focusAt.current = undefined;
    if (target !== undefined) target.focus();
    else container.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [groups]);
  const add = (organisatie: string, domein: string, niveau: string, index: number) => {
    focusAt.current = index;
    void onAdd({ ...emptyDraft, organisatie, domein, niveau });
  };
  let index = 0;
  return (
    <section className={common.section} aria-labelledby="partners-suggestions">
      <div ref={container} className={common.section}>
        <h2 id="partners-suggestions" className={common.heading2} tabIndex={-1}>
          {t('tab.partners.suggestions')}
        </h2>
        <p className={common.intro}>{t('tab.partners.suggestions.intro')}</p>
        {groups.length === 0 ? (
          <p className={common.muted}>{t('tab.partners.suggestions.none')}</p>
        ) : (
          <ul className={styles.suggestionGroups}>
            {groups.map((group) => {
              const title = t('tab.partners.suggestions.group', {
                domein: labelOf(overview.domains, group.domain) ?? group.domain,
                niveau: labelOf(overview.levels, group.level) ?? group.level,
              });
              return (
                <li key={`${group.domain}/${group.level}`} className={common.section}>
                  <h3 className={common.heading3}>{title}</h3>
                  <ul className={styles.suggestionButtons}>
                    {group.organisations.map((organisatie) => {
                      const at = index++;
                      return (
                        <li key={organisatie}>
                          <Button
                            size="small"
                            className={styles.suggestionButton}
                            onClick={() => add(organisatie, group.domain, group.level, at)}
                            aria-label={t('tab.partners.suggestions.add', { organisatie })}
                          >
                            {organisatie}
                          </Button>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

export function Partners() {
  const t = useT();
  const locale = useLocale();
  const common = useCommonStyles();
  const record = useRecordStyles();
  const { model, add, remove, error } = usePartners();
  const screen = useRecordScreen();

  if (model === undefined) return <ScreenLoading title={t('tab.partners.title')} />;
  const { partners, overview, suggestions, regie } = model;
  const addDraft = async (draft: PartnerDraft) => (await add(draft)) !== undefined;

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('tab.partners.title')}</h1>
      <p className={common.intro}>{t('tab.partners.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}
      <p>
        {regie.length === 0
          ? t('tab.partners.regie.none')
          : t('tab.partners.regie', {
              organisaties: formatList(
                locale,
                regie.map((p) => p.organisatie),
              ),
            })}
      </p>
      {overview !== undefined && <Overview overview={overview} partners={partners} />}

      <section className={common.section} aria-labelledby="partners-list">
        <h2 id="partners-list" className={common.heading2}>
          {t('tab.partners.list')}
        </h2>
        {partners.length === 0 && <p className={common.muted}>{t('tab.partners.empty')}</p>}
        <AddRecord screen={screen} label={t('tab.partners.add')}>
          <AddPartner
            overview={overview}
            onCancel={screen.closeAdd}
            onAdd={async (draft) => {
              const created = await add(draft);
              if (created === undefined) return false;
              screen.editAdded(created.id);
              return true;
            }}
          />
        </AddRecord>
        {partners.length > 0 && (
          <ul className={record.grid}>
            {partners.map((partner) => (
              <PartnerCard
                key={partner.id}
                partner={partner}
                overview={overview}
                {...screen.editingOf(partner.id)}
                onRemove={() => remove(partner)}
              />
            ))}
          </ul>
        )}
      </section>

      {overview !== undefined && <Suggestions overview={overview} groups={suggestions} onAdd={addDraft} />}
    </div>
  );
}
