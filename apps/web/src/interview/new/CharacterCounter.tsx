// "1,234 / 20,000 characters" under the job description. Screen readers hear it only when it matters:
// once when fewer than a tenth of the characters are left and once when the text goes over the limit
// (the live message changes only at those points, so typing is not read out keystroke by keystroke).
const format = (n: number) => n.toLocaleString("en");

export function CharacterCounter({ id, length, max }: { id: string; length: number; max: number | undefined }) {
  if (max === undefined) {
    return (
      <p className="field-hint char-counter" id={id} data-testid="jd-counter">
        {format(length)} characters
      </p>
    );
  }
  const over = length - max;
  const near = over <= 0 && max - length < max / 10;
  const announcement =
    over > 0
      ? `The job description is over the ${format(max)}-character limit.`
      : near
        ? `Fewer than ${format(Math.ceil(max / 10))} characters left.`
        : "";
  return (
    <>
      <p className={over > 0 ? "field-error char-counter" : "field-hint char-counter"} id={id} data-testid="jd-counter">
        {format(length)} / {format(max)} characters
        {over > 0 && <> — {format(over)} over the limit. Shorten it to start the interview.</>}
        {near && <> — {format(max - length)} left</>}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="jd-counter-announcement">
        {announcement}
      </p>
    </>
  );
}
