/** The normalised playbook: shorthands expanded, audiences resolved, every item carrying where it came from. */
export {};
