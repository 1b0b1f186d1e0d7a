/**
 * The partnership's organisations: the 0-A overview (domain × level), who holds the regie, every
 * partner with contactpersoon and e-mail, editable with autosave, and the edition's suggestions.
 */
import { Button, Link, Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { into } from '../common/refs.ts';
import { RecordSaveState } from '../common/SaveState.tsx';
import {
  emptyDraft,
  labelOf,
  overviewGrid,
  validatePartner,
  type OverviewInput,
  type PartnerDraft,
  type PartnerField,
  type SuggestionGroup,
} from './model.ts';
import { PartnerFields } from './PartnerFields.tsx';
import { usePartnerEditor } from './usePartnerEditor.ts';
import { usePartners } from './usePartners.ts';
import { usePartnersStyles } from './Partners.styles.ts';

function listText(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(items);
}

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
  const t = useT();
  const styles = usePartnersStyles();
  const editor = usePartnerEditor(partner);
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);
  return (
    <div className={styles.form} ref={first}>
      <PartnerFields
        draft={editor.draft}
        errors={editor.errors}
        overview={overview}
        onChange={editor.change}
      />
      {editor.error !== undefined && <ErrorNotice error={editor.error} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            editor.flush();
            onDone();
          }}
        >
          {t('tab.common.done')}
        </Button>
      </div>
    </div>
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
  readonly onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = usePartnersStyles();
  const common = useCommonStyles();
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const domein = overview === undefined ? undefined : labelOf(overview.domains, partner.domein);
  const niveau = overview === undefined ? undefined : labelOf(overview.levels, partner.niveau);
  const details: [string, string][] = [
    [t('tab.partner.domein'), domein ?? t('tab.partner.geen')],
    [t('tab.partner.niveau'), niveau ?? t('tab.partner.geen')],
    [
      t('tab.partner.rollen'),
      partner.rollen.length === 0
        ? t('tab.common.none')
        : listText(
            locale,
            partner.rollen.map((r) => t(`tab.partner.rol.${r}`)),
          ),
    ],
    [t('tab.partner.contactpersoon'), partner.contactpersoon === '' ? '—' : partner.contactpersoon],
  ];
  return (
    <li className={styles.card}>
      <h3 className={common.heading3}>
        <span className={common.userText}>{partner.organisatie}</span>
      </h3>
      <dl className={styles.details}>
        {details.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        <dt className={styles.term}>{t('tab.partner.email')}</dt>
        <dd className={styles.value}>
          {partner.email === '' ? '—' : <Link href={`mailto:${partner.email}`}>{partner.email}</Link>}
        </dd>
        {partner.toelichting !== '' && (
          <>
            <dt className={styles.term}>{t('tab.partner.toelichting')}</dt>
            <dd className={styles.value}>{partner.toelichting}</dd>
          </>
        )}
      </dl>
      <RecordSaveState kind="partner" id={partner.id} />
      {!editing && !confirming && (
        <div className={styles.actions}>
          <Button
            ref={into(editButton)}
            onClick={() => onEdit(true)}
            aria-label={t('tab.partners.edit', { organisatie: partner.organisatie })}
          >
            {t('tab.common.edit')}
          </Button>
          <Button
            onClick={() => setConfirming(true)}
            aria-label={t('tab.partners.remove', { organisatie: partner.organisatie })}
          >
            {t('tab.common.remove')}
          </Button>
        </div>
      )}
      {confirming && (
        <div
          className={styles.confirm}
          role="group"
          aria-label={t('tab.partners.removeConfirm', { organisatie: partner.organisatie })}
        >
          <span>{t('tab.partners.removeConfirm', { organisatie: partner.organisatie })}</span>
          <Button appearance="primary" onClick={onRemove}>
            {t('tab.common.remove')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('tab.common.cancel')}</Button>
        </div>
      )}
      {editing && (
        <PartnerEditor
          partner={partner}
          overview={overview}
          onDone={() => {
            onEdit(false);
            // Back to where the person started editing.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}
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
  const styles = usePartnersStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<PartnerDraft>(emptyDraft);
  const [shown, setShown] = useState<ReadonlySet<PartnerField>>(new Set());
  const errors = validatePartner(draft);
  const visible = Object.fromEntries(Object.entries(errors).filter(([f]) => shown.has(f as PartnerField)));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector('input')?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setShown(new Set(Object.keys(errors) as PartnerField[]));
      formRef.current?.querySelector('input')?.focus();
      return;
    }
    void onAdd(draft);
  };
  return (
    <form ref={formRef} className={styles.card} onSubmit={submit} noValidate aria-labelledby="partners-new">
      <h3 id="partners-new" className={common.heading3}>
        {t('tab.partners.new')}
      </h3>
      <PartnerFields
        short
        draft={draft}
        errors={visible}
        overview={overview}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
        onBlur={(field) => setShown((s) => new Set([...s, field]))}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('tab.common.add')}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
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
  const styles = usePartnersStyles();
  const { model, add, remove, error } = usePartners();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  if (model === undefined) {
    return (
      <div className={common.screen}>
        <h1 className={common.heading1}>{t('tab.partners.title')}</h1>
        <Skeleton aria-label={t('tab.loading')}>
          <SkeletonItem size={120} />
        </Skeleton>
      </div>
    );
  }
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
              organisaties: listText(
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
        {adding ? (
          <AddPartner
            overview={overview}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
            onAdd={async (draft) => {
              const created = await add(draft);
              if (created === undefined) return false;
              setAdding(false);
              setEditing(created.id);
              return true;
            }}
          />
        ) : (
          <div className={styles.actions}>
            <Button ref={into(addButton)} appearance="primary" onClick={() => setAdding(true)}>
              {t('tab.partners.add')}
            </Button>
          </div>
        )}
        {partners.length > 0 && (
          <ul className={styles.list}>
            {partners.map((partner) => (
              <PartnerCard
                key={partner.id}
                partner={partner}
                overview={overview}
                editing={editing === partner.id}
                onEdit={(on) => setEditing(on ? partner.id : undefined)}
                onRemove={() => void remove(partner)}
              />
            ))}
          </ul>
        )}
      </section>

      {overview !== undefined && <Suggestions overview={overview} groups={suggestions} onAdd={addDraft} />}
    </div>
  );
}
