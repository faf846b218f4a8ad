/** Word lists several traits' patterns share (joined with |, for the pattern syntax). */
export const ROLES =
  'educator|educators|captain|captains|ceramist|ceramists|gardener|gardeners|housekeeper|housekeepers|videographer|videographers|optician|opticians|craftsman|craftsmen|artisan|artisans|valet|valets|csm|csms|tam|tams|director|directors|strategist|strategists|engineer|engineers|specialist|specialists|manager|managers|team|architect|architects|consultant|consultants|trainer|trainers|rep|pm|lead|contact|expert|experts|advisor|advisors|adviser|advisers|coach|coaches|advocate|advocates|liaison|liaisons|technician|technicians|concierge|host|hosts|planner|planners|chef|recruiter|recruiters|designer|designers|stylist|stylists|associate|associates|banker|bankers|producer|producers|nurse|nurses|agent|agents|analyst|analysts|officer|officers|chef|chefs|driver|drivers|chauffeur|salesman|saleswoman|salesperson|coordinator|coordinators|assistant|assistants|skipper|skippers|handler|handlers|chemist|chemists|pharmacist|pharmacists|agronomist|agronomists|paralegal|paralegals|butler|butlers|tutor|tutors|teacher|teachers|instructor|instructors|mentor|mentors|supervisor|supervisors|controller|controllers|=researcher|=researchers|=metallurgist|=metallurgists|=arranger|=arrangers|=installer|=installers|=fitter|=fitters|=rigger|=riggers|=mechanic|=mechanics|=nutritionist|=nutritionists|=vet|=vets|=veterinarian|=veterinarians|=audiologist|=audiologists|=optometrist|=optometrists|=accountant|=accountants|=bookkeeper|=bookkeepers|=lawyer|=lawyers|=solicitor|=solicitors|=scientist|=scientists|=dietitian|=dietitians|=therapist|=therapists|=physio|=physios|=physiotherapist|=physiotherapists|=hygienist|=hygienists|=surveyor|=surveyors|=estimator|=estimators|=translator|=translators|=interpreter|=interpreters|=editor|=editors|=photographer|=photographers|=florist|=florists|=electrician|=electricians|=plumber|=plumbers|=carer|=carers|=caregiver|=caregivers|=underwriter|=underwriters|=broker|=brokers|=valuer|=valuers|=sommelier|=sommeliers|=merchandiser|=merchandisers|=developer|=developers';
export const OUTREACH_NOUNS = 'dials|calls|emails|connects|touches|messages|inmails|texts|activities|requests|voicemails|sends|doors|knocks';
export const AUDIENCE_NOUNS =
  'contacts|emails|numbers|households|leads|records|prospects|people|companies|accounts|clinics|dentists|managers|owners|recipients|addresses|subscribers|names|businesses|doctors|practices|firms|stores|schools|users|buyers|makers|owners|founders|ctos|cfos|ceos|cios|developers|engineers|admins|marketers|rows|lines|entries';
export const EXECS = 'ceo|cro|cto|coo|cmo|cfo|founder|founders|president|chair|chairman|evp|svp|vp|partner|partners|md';
/** Words that point at the buyer's side; patterns put an optional "the" before them. */
export const BUYER =
  "their|them|they|they're|they'll|they've|they'd|you|your|buyer|buyer's|buyers'|customer|customer's|customers'|client|client's|prospect|prospect's|account's|company's|team's|each|every|cfo|cio|cto|coo|ceo|ciso|cmo|cro|vp|champion|sponsor|stakeholder|stakeholders";
/**
 * Our own people and the back office, as the subject of what they do by a date ("the supervisor enters it … by Friday", "Sales
 * Ops decides within two weeks"); also a channel partner receiving our paperwork ("Distributors receive the new book by 1
 * November"). Never "we" or "you", which as often speak to the buyer.
 */
/** Exact words: the stemmer makes "reviewer" of "review" and "dealer" of "deal". */
export const OUR_PEOPLE =
  '=rep|=reps|=ae|=aes|=sdr|=sdrs|=bdr|=bdrs|=csm|=csms|=am|=ams|=account manager|=account managers|=account executive|=account executives|=manager|=managers|=supervisor|=supervisors|=team|=teams|=desk|=ops|=sales ops|=salesops|=revops|=finance|=legal|=marketing|=operations|=engineering|=support|=hr|=payroll|=admin|=admins|=coordinator|=coordinators|=planner|=planners|=driver|=drivers|=engineer|=engineers|=technician|=technicians|=crew|=crews|=staff|=dispatcher|=dispatchers|=distributor|=distributors|=dealer|=dealers|=reseller|=resellers|=approver|=approvers|=reviewer|=reviewers|=committee|=office|=depot|=branch|=branches|=auditor|=auditors|=writers|=service writers|=estimators|=estimating|=schedulers|=scheduling|=clerks|=receptionists|=reception|=clinicians|=therapists|=merchandisers|=warehouse|=yard|=workshop';
/**
 * Our own paperwork, due by a date ("all expense claims are submitted by the 5th", "Scripts reach hosts by Wednesday"); not
 * "claim" alone, which is as often the buyer claiming an offer ("Claim it by Sunday").
 */
export const OUR_PAPERWORK =
  '=claims|=expense|=expenses|=timesheet|=timesheets|=script|=scripts|=report|=reports|=forecast|=forecasts|=record|=records|=notes|=paperwork|=request|=requests|=file|=files|=price book|=price books|=catalogue|=catalogues|=catalog|=catalogs|=proof|=proofs|=artwork|=copy|=nomination|=nominations|=submission|=submissions|=filing|=filings|=evidence|=nonconformities|=findings|=actions';
/** Verbs in the simple past, exact, that no present form shares ("cut", "put", "beat" and "had" are left out). */
export const PAST =
  '=bought|=ran|=sent|=tried|=used|=offered|=gave|=did|=called|=emailed|=mailed|=blasted|=scraped|=rented|=purchased|=dialled|=dialed|=texted|=pushed|=launched|=tested|=piloted|=paid|=dropped|=discounted|=waived|=got|=made|=took|=went|=produced|=bounced|=generated|=drew|=brought|=saw|=lost|=printed|=posted|=handed|=promised|=matched|=was|=were|=pulled|=flopped|=backfired|=tanked|=annoyed|=hurt|=burned|=burnt|=torched|=triggered|=resulted|=converted|=failed|=worked|=led|=ended|=stopped|=killed|=scrapped|=cancelled|=canceled|=advertised|=promoted|=sold|=hosted|=held|=introduced|=started|=began|=spent|=cost us|=drove|=eroded';
/** What a past practice did to us, in the simple past: "last year's flash sale eroded margin", "the blast burned the domain". */
export const WENT_BADLY =
  '=eroded|=hurt|=lost|=backfired|=flopped|=tanked|=wrecked|=damaged|=annoyed|=burned|=burnt|=failed|=cannibalised|=cannibalized|=dented|=cheapened|=devalued|=upset|=cost us|=killed|=hammered|=crushed';
/** Said not to come back, after what it did: "…; it will not be repeated", "and that won't be run again". */
export const NOT_AGAIN =
  "(it|that|this|which|they) (will not|won't|will never|is not going to|isn't going to|are not going to|aren't going to) be (repeated|run again|rerun|used again|tried again|done again|brought back)";
/** A past practice that went badly, then said not to come back: "the flash sale eroded margin; it will not be repeated". */
export const WENT_BADLY_NOT_AGAIN = `(${WENT_BADLY}) ~12 (and|but|,|;|so) ${NOT_AGAIN}`;
