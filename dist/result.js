/** A problem with the command's own words (an unknown rule in --rule): the CLI says it and exits 2. */
export class UsageError extends Error {
}
export const localToday = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
