/** A labelled native select: Fluent `Field` + `Select`, named by its label, with an optional hint and validation message. */
import { Field, Select, type FieldProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps extends Pick<
  FieldProps,
  'className' | 'hint' | 'required' | 'validationMessage' | 'validationState'
> {
  readonly label: string;
  readonly value: string;
  /** The chosen option's value, as the DOM gives it: any string, so parse it. */
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  /** The options, after `children`. */
  readonly options?: readonly SelectOption[] | undefined;
  /** Options that come first ("geen", "alle") or need markup of their own (`<optgroup>`). */
  readonly children?: ReactNode;
  /** The native select; `useRecordStyles().select` keeps a long option from widening the page. */
  readonly selectClassName?: string;
  /** The select's wrapper, between the field and the native select. */
  readonly wrapperClassName?: string;
}

export function SelectField({
  label,
  value,
  onChange,
  onBlur,
  options = [],
  children,
  selectClassName,
  wrapperClassName,
  ...field
}: SelectFieldProps) {
  return (
    <Field label={label} {...field}>
      <Select
        className={wrapperClassName}
        select={{ className: selectClassName }}
        value={value}
        onChange={(_e, data) => onChange(data.value)}
        onBlur={onBlur}
      >
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
