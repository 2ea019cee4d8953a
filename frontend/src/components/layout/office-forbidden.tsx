/** What someone without the office's role sees on a back-office page: its title and why it is closed. */
export function OfficeForbidden({ title, text }: { title: string; text: string }) {
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{title}</h1>
      <div className="alert alert-warning" role="alert">
        {text}
      </div>
    </div>
  );
}
