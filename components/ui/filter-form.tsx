import type { ReactNode } from "react";
import styles from "./ui.module.css";

type FilterFormProps = {
  /** The list page the form reloads (GET), already in the page's language. */
  action: string;
  label: string;
  submit: string;
  /** Query parameters the form keeps (`as_of`, a sort), each only when it has a value. */
  keep?: Record<string, string | null | undefined>;
  children: ReactNode;
};

/** A public list's filters: a plain GET form of selects, which works without any script. */
export function FilterForm({ action, label, submit, keep = {}, children }: FilterFormProps) {
  return (
    <form method="get" action={action} className={styles.filters} aria-label={label}>
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

type FilterSelectProps = {
  name: string;
  label: string;
  /** The first option's words: no filter ("All pledges"). */
  anyLabel: string;
  value?: string | null;
  options: readonly { value: string; label: string }[];
};

/** One filter (in a FilterForm or another GET form): its first option sends an empty value, which means no filter. */
export function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option, i) => (
          <option key={`${i}:${option.value}`} value={option.value}>{option.label}</option>
        ))}
      </select>
    </label>
  );
}
