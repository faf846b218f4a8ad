/** Shared vocabulary of the checker: severities, locations, findings. */
/** The rules of input errors (exit code 2), with what each means. */
export const INPUT_RULES = {
    'yaml-syntax': 'The file is not valid YAML.',
    schema: 'A key, value or reference that the playbook format does not allow.',
    input: 'A file that cannot be read (missing, a folder, not UTF-8).',
};
export const severityRank = { error: 3, warning: 2, info: 1 };
