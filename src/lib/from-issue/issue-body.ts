/**
 * Reads the answers of an issue form from the issue's body, as GitHub writes them: each field as a
 * `### <label>` line, a blank line, then the answer; `_No response_` for a field left empty. Only a
 * heading that is one of the form's own labels starts a field, so a `###` line typed inside an answer
 * stays part of that answer. Everything is data: nothing here is run, evaluated or parsed as YAML.
 */

/** GitHub's text for a field left empty. */
const NO_RESPONSE = '_No response_';

interface IssueAnswers {
  /** The answer to each label found, trimmed; '' for `_No response_`. */
  byLabel: Map<string, string>;
  /** Labels given more than once: their answers cannot be told apart, so they are refused. */
  repeated: string[];
}

/** Issue bodies come with CRLF line ends from browsers; answers are read with LF only. */
function lines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n');
}

/** The label of a `### Label` line, or undefined. */
function headingLabel(line: string): string | undefined {
  const match = /^###[ \t]+(.+?)[ \t]*$/.exec(line);
  return match?.[1];
}

/** The labels of a body's `###` headings, in order: for telling which form wrote it. */
export function headingLabels(body: string): string[] {
  return lines(body).flatMap((line) => headingLabel(line) ?? []);
}

/** The answers under the given labels. */
export function readAnswers(body: string, labels: readonly string[]): IssueAnswers {
  const known = new Set(labels);
  const byLabel = new Map<string, string>();
  const repeated: string[] = [];
  let current: { label: string; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const text = current.lines.join('\n').trim();
    if (byLabel.has(current.label)) repeated.push(current.label);
    else byLabel.set(current.label, text === NO_RESPONSE ? '' : text);
  };
  for (const line of lines(body)) {
    const label = headingLabel(line);
    if (label !== undefined && known.has(label)) {
      close();
      current = { label, lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  close();
  return { byLabel, repeated: [...new Set(repeated)] };
}
