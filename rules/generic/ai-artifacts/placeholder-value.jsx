export function KeyForm({ t }) {
  // ruleid: GEN702
  const fallback = "YOUR_API_KEY";
  return (
    <form>
      {/* ok: GEN702 */}
      <input name="key" placeholder="your-api-key-here" />
      {/* ok: GEN702 */}
      <label title="<your api key>">{t("Paste <your api key> here")}</label>
    </form>
  );
}
