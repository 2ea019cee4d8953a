import { getI18n } from '../i18n/get-i18n';

export default async function Loading() {
  const { t } = await getI18n();
  return (
    <div className="container portal-page d-flex justify-content-center" role="status">
      <div className="progress-spinner progress-spinner-active">
        <span className="visually-hidden">{t.loading.label}</span>
      </div>
    </div>
  );
}
