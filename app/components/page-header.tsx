import { Heading, Paragraph } from '@digdir/designsystemet-react';

/** The page's one h1, an optional lead, and its main actions (links or buttons) beside it. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="page-header">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {children ? <div className="page-actions">{children}</div> : null}
      </div>
      {lead ? <Paragraph className="lead">{lead}</Paragraph> : null}
    </div>
  );
}
