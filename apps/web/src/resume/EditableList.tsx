// One group of the analysis editor whose items the candidate adds and removes (roles, projects): a
// fieldset with a note while it is empty, each item's fields followed by its Remove button (named
// after the item, so a screen reader tells the buttons apart), and an Add button at the end.
import type { ReactNode } from "react";

interface EditableListProps<Item> {
  legend: string;
  /** The word for one item in the buttons: "role" gives "Add a role" and "Remove role". */
  noun: string;
  items: readonly Item[];
  emptyNote: string;
  /** The item's name, read after "Remove <noun>" by screen readers. */
  nameOf(item: Item): string;
  /** What Add appends. */
  blank(): Item;
  renderFields(item: Item, index: number): ReactNode;
  onChange(items: Item[]): void;
}

export function EditableList<Item>({
  legend,
  noun,
  items,
  emptyNote,
  nameOf,
  blank,
  renderFields,
  onChange,
}: EditableListProps<Item>) {
  return (
    <fieldset className="stack resume-group">
      <legend>{legend}</legend>
      {items.length === 0 && <p className="muted">{emptyNote}</p>}
      {items.map((item, index) => (
        // Items have no id of their own and are only edited in place, so their position is their key.
        <div className="resume-item" key={`${noun}-${index.toString()}`}>
          {renderFields(item, index)}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            {`Remove ${noun}`}
            <span className="visually-hidden"> {nameOf(item)}</span>
          </button>
        </div>
      ))}
      <div className="actions">
        <button type="button" className="btn btn-small" onClick={() => onChange([...items, blank()])}>
          {`Add a ${noun}`}
        </button>
      </div>
    </fieldset>
  );
}
