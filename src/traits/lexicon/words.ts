/** Word lists several traits' patterns share (joined with |, for the pattern syntax). */
export const ROLES =
  'csm|csms|tam|tams|director|directors|strategist|strategists|engineer|engineers|specialist|specialists|manager|managers|team|architect|architects|consultant|consultants|trainer|trainers|rep|pm|lead|contact|expert|experts|advisor|advisors|adviser|advisers|coach|coaches|advocate|advocates|liaison|liaisons|technician|technicians|concierge|host|hosts|planner|planners|chef|recruiter|recruiters|designer|designers|stylist|stylists|associate|associates|banker|bankers|producer|producers|nurse|nurses|agent|agents|analyst|analysts|officer|officers|chef|chefs|driver|drivers|chauffeur|salesman|saleswoman|salesperson|coordinator|coordinators|assistant|assistants|skipper|skippers|handler|handlers|chemist|chemists|pharmacist|pharmacists|agronomist|agronomists|paralegal|paralegals|butler|butlers|tutor|tutors|teacher|teachers|instructor|instructors|mentor|mentors';
export const OUTREACH_NOUNS = 'dials|calls|emails|connects|touches|messages|inmails|texts|activities|requests|voicemails|sends|doors|knocks';
export const AUDIENCE_NOUNS =
  'contacts|emails|numbers|households|leads|records|prospects|people|companies|accounts|clinics|dentists|managers|owners|recipients|addresses|subscribers|names|businesses|doctors|practices|firms|stores|schools|users|buyers|makers|owners|founders|ctos|cfos|ceos|cios|developers|engineers|admins|marketers|rows|lines|entries';
export const EXECS = 'ceo|cro|cto|coo|cmo|cfo|founder|founders|president|chair|chairman|evp|svp|vp|partner|partners|md';
/** Words that point at the buyer's side; patterns put an optional "the" before them. */
export const BUYER =
  "their|them|they|they're|they'll|they've|they'd|you|your|buyer|buyer's|buyers'|customer|customer's|customers'|client|client's|prospect|prospect's|account's|company's|team's|each|every|cfo|cio|cto|coo|ceo|ciso|cmo|cro|vp|champion|sponsor|stakeholder|stakeholders";
