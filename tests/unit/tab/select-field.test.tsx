// @vitest-environment jsdom
/**
 * SelectField: a native select named by its label, with hint and validation message read out with
 * it, rendering the same DOM as the Fluent `Field` + `Select` it replaced on the record screens.
 */
import { Field, FluentProvider, Select, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from '../../../tab/features/common/SelectField.tsx';

afterEach(cleanup);

function renderInFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

const domeinen = [
  { value: 'jeugd', label: 'Jeugd' },
  { value: 'onderwijs', label: 'Onderwijs' },
];

/** The same options written out: "Geen" first, then the domeinen. */
const options = (
  <>
    <option value="">Geen</option>
    <option value="jeugd">Jeugd</option>
    <option value="onderwijs">Onderwijs</option>
  </>
);

/** The markup inside the provider, with generated ids numbered in order of appearance, so two renders compare. */
function normalisedHtml(container: HTMLElement): string {
  const field = container.firstElementChild?.firstElementChild;
  let html = field === null || field === undefined ? '' : new XMLSerializer().serializeToString(field);
  const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
  ids.forEach((id, i) => {
    html = html.split(id).join(`id-${i}`);
  });
  return html;
}

describe('SelectField', () => {
  it('is a combobox named by its label that reports the chosen value', async () => {
    const onChange = vi.fn<(value: string) => void>();
    renderInFluent(
      <SelectField label="Domein" value="" onChange={onChange} options={domeinen}>
        <option value="">Geen</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Domein' });
    expect(select).toHaveProperty('value', '');
    await userEvent.selectOptions(select, 'Onderwijs');
    expect(onChange.mock.calls).toEqual([['onderwijs']]);
  });

  it('reads out its hint and validation message, marks an error and tells when it is left', async () => {
    const onBlur = vi.fn();
    renderInFluent(
      <SelectField
        label="Niveau"
        hint="Kies het niveau van de activiteit"
        validationMessage="Kies een niveau"
        validationState="error"
        required
        value=""
        onChange={() => undefined}
        onBlur={onBlur}
        options={domeinen}
      >
        <option value="">Geen</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: /^Niveau/ });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select).toHaveProperty('required', true);
    const describedBy = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toEqual(
      expect.arrayContaining(['Kies een niveau', 'Kies het niveau van de activiteit']),
    );

    await userEvent.click(select);
    await userEvent.tab();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it.each([
    {
      name: 'with a hint, an error, classes and required',
      written: (
        <Field
          className="veld"
          label="Status"
          hint="Uitleg"
          validationMessage="Fout"
          validationState="error"
          required
        >
          <Select
            className="omhulsel"
            select={{ className: 'keuze' }}
            value="jeugd"
            onChange={() => undefined}
          >
            {options}
          </Select>
        </Field>
      ),
      component: (
        <SelectField
          className="veld"
          wrapperClassName="omhulsel"
          selectClassName="keuze"
          label="Status"
          hint="Uitleg"
          validationMessage="Fout"
          validationState="error"
          required
          value="jeugd"
          onChange={() => undefined}
          options={domeinen}
        >
          <option value="">Geen</option>
        </SelectField>
      ),
    },
    {
      name: 'bare',
      written: (
        <Field label="Eenheid">
          <Select value="" onChange={() => undefined}>
            {options}
          </Select>
        </Field>
      ),
      component: (
        <SelectField label="Eenheid" value="" onChange={() => undefined} options={domeinen}>
          <option value="">Geen</option>
        </SelectField>
      ),
    },
  ])('renders the same markup as the Field and Select written out ($name)', ({ written, component }) => {
    const expected = normalisedHtml(renderInFluent(written).container);
    cleanup();
    expect(normalisedHtml(renderInFluent(component).container)).toBe(expected);
    expect(expected).toContain('<option value="jeugd">Jeugd</option>');
  });
});
