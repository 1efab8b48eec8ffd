/** A two-column table of labels and their values (a chart's text alternative, a figure per programme). */
export function LabelValueTable({ caption, labelHeading, valueHeading, rows, className }: { caption?: string; labelHeading: string; valueHeading: string; rows: readonly { key: string; label: string; text: string }[]; className?: string }) {
  return (
    <table className={className ? `data ${className}` : 'data'}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          <th scope="col" className="number">
            {valueHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number">{row.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
