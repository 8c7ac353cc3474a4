// Tavolo's browser suite: every page kind, logged out and in, in every locale,
// checked by axe-core (WCAG 2.1 A/AA) in Debian's Chromium, weighed from the
// network log, reflowed at 320 px and its targets measured; plus the main flows
// clicked through as a person would, without JavaScript, and with the keyboard
// alone.
//
// Run from the repository root, after `cargo build`:
//
//     npm ci --prefix tests/browser
//     node --test tests/browser/
//
// Environment: TAVOLO_BIN (default target/debug/tavolo), CHROMIUM_PATH
// (default /usr/bin/chromium). Screenshots, the server log and the page weight
// summary (page-weight.md and .json) land in tests/browser/artifacts/
// (git-ignored) so CI can keep them.
//
// Against a Tavolo already running (the scale-out suite's load balancer, say):
// TAVOLO_URL names it and TAVOLO_DATA_DIR the folder whose `mail/` receives its
// emails as files; the flows run there, on the demo's content, and the page
// sweep only with TAVOLO_BROWSER_SWEEP=1. TAVOLO_BROWSER_FLOWS=0 runs the sweep alone.
//
// To cover a new page, add a row to PAGES; a new locale, a row to SWEEP_LOCALES; a
// new kind of visitor (say, a coordinator for /manage), a row to PERSONAS.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// ---------------------------------------------------------------------------
// What is checked. Later issues extend these tables rather than the code below.
// ---------------------------------------------------------------------------

/** Locales the flows walk through (their labels are in TEXT below). */
const LOCALES = [
  { code: 'it', dir: 'ltr' },
  { code: 'en', dir: 'ltr' },
];
/** Every language Tavolo speaks: the page sweep visits every page kind in each. */
const SWEEP_LOCALES = [
  ...LOCALES,
  { code: 'ar', dir: 'rtl' },
  { code: 'es', dir: 'ltr' },
  { code: 'fr', dir: 'ltr' },
  { code: 'sq', dir: 'ltr' },
  { code: 'uk', dir: 'ltr' },
  { code: 'zh', dir: 'ltr' },
];

const DEMO_PASSWORD = 'demo-demo-demo';

/**
 * Who visits. `null` credentials means logged out. Each persona gets its own
 * browser context per locale, so sessions and language cookies never leak.
 */
const PERSONAS = {
  anonymous: null,
  beneficiary: { email: 'beneficiary@demo.test', password: DEMO_PASSWORD },
  facilitator: { email: 'facilitator@demo.test', password: DEMO_PASSWORD },
  coordinator: { email: 'coordinator@demo.test', password: DEMO_PASSWORD },
  // Visits no page in PAGES (so gets no sweep); the consultation flow appoints
  // them, and the proposals flow has them report a proposal.
  partner: { email: 'partner@demo.test', password: DEMO_PASSWORD },
  // No sweep either; comments and replies in the proposals flow.
  institution: { email: 'institution@demo.test', password: DEMO_PASSWORD },
};

/** Every kind of visitor, for pages anyone may see. */
const EVERYONE = ['anonymous', 'beneficiary', 'facilitator', 'coordinator'];

/**
 * Where the demo's data lives. The demo creates its proposals and comments at
 * start-up, so their ids are not known in advance: `demoIds()` reads them off
 * the pages (as a logged-out visitor, once per run) and PAGES rows whose
 * address depends on them give `path` as a function of what it found.
 */
const DEMO_CONSULTATION = 'demo';
const DEMO_PROPOSALS = `/consultations/${DEMO_CONSULTATION}/proposals`;
const DEMO_RESULTS = `/consultations/${DEMO_CONSULTATION}/results`;
/** The demo's closed public consultation, whose only round voted by approval. */
const CLOSED_CONSULTATION = 'sportelli';
/** Where facilitators and coordinators download a consultation's outcomes. */
const DEMO_OUTCOMES = `/manage/consultations/${DEMO_CONSULTATION}/outcomes`;
const CLOSED_OUTCOMES = `/manage/consultations/${CLOSED_CONSULTATION}/outcomes`;
/** The outcomes section of a public consultation page, there once its outcomes are open data. */
const PUBLIC_OUTCOMES = 'main section[aria-labelledby="outcomes-title"]';

/**
 * Page kinds. `as` lists the personas that visit the page; `status` is the
 * expected HTTP status (a number, or 'handled' for "anything but a 5xx" where
 * several answers are reasonable); `stays: false` allows the server to
 * redirect elsewhere, and `lands` then names the path it must redirect to.
 * `path` is the address (query string included), or a function from the
 * demo's ids (see `demoIds`) to it, with `name` to title the test.
 * `layout: false` marks a standalone page without the site's layout (no
 * header, so no language switch or log-out button to look for); `shows` lists
 * selectors that must be on the page.
 */
const PAGES = [
  { path: '/', as: ['anonymous', 'beneficiary'] },
  { path: '/register', as: ['anonymous'] },
  { path: '/register/sent', as: ['anonymous'] },
  { path: '/login', as: ['anonymous'] },
  { path: '/password/forgot', as: ['anonymous'] },
  { path: '/privacy', as: ['anonymous', 'beneficiary'] },
  { path: '/accessibility', as: ['anonymous', 'beneficiary'] },
  { path: '/how-it-works', as: ['anonymous', 'beneficiary'] },
  { path: '/account', as: ['beneficiary'] },
  // Data rights: the download's page, and the deletion's confirmation (for the
  // demo's only coordinator, the reason it is refused instead).
  { path: '/account/data', as: ['beneficiary'] },
  // Two-factor login: turning it on (the key as text and as a QR code).
  { path: '/account/two-factor', as: ['beneficiary'] },
  { path: '/account/delete', as: ['beneficiary', 'facilitator', 'coordinator'] },
  { path: '/no-such-page', as: ['anonymous', 'beneficiary'], status: 404 },
  { path: '/password/reset/not-a-real-token', as: ['anonymous'], status: 410 },
  // Consultations. `demo` is public and published; `mediazione` is invite-only,
  // so anyone outside it gets the same 404 as for a slug that does not exist.
  { path: '/consultations', as: EVERYONE },
  { path: '/consultations/demo', as: EVERYONE },
  { path: '/consultations/mediazione', as: ['beneficiary', 'facilitator', 'coordinator'] },
  { path: '/consultations/mediazione', as: ['anonymous'], status: 404 },
  { path: '/invitations/not-a-token', as: ['anonymous'], status: 410 },
  // Follow-up of commitments: the demo's two (one in progress with two updates, one done),
  // each commitment's page, and the console's list and form. Their ids come from the API
  // (see `demoIds`); on a fresh demo they are 1 (in progress) and 2 (done).
  { path: '/consultations/demo/follow-up', as: EVERYONE },
  {
    path: (demo) => `/commitments/${demo.commitmentInProgress}`,
    name: '/commitments/<commitment in progress>',
    as: EVERYONE,
  },
  {
    path: (demo) => `/commitments/${demo.commitmentDone}`,
    name: '/commitments/<commitment done>',
    as: ['anonymous', 'beneficiary'],
  },
  { path: '/consultations/mediazione/follow-up', as: ['anonymous'], status: 404 },
  { path: '/manage/consultations/demo/commitments', as: ['facilitator', 'coordinator'] },
  { path: '/manage/consultations/demo/commitments/new', as: ['facilitator'] },
  // The coordinator's area.
  { path: '/manage', as: ['coordinator'] },
  { path: '/manage', as: ['beneficiary'], status: 403 },
  { path: '/manage/accounts', as: ['coordinator'] },
  // The register of organisations: the list, the demo's verified cooperative (the partner
  // represents it) and unverified association, the registration form, the console's
  // verification list (coordinators only).
  { path: '/organisations', as: EVERYONE },
  { path: '/organisations?kind=public_body', as: ['anonymous'] },
  { path: '/organisations/cooperativa-sociale-aurora', as: EVERYONE },
  { path: '/organisations/associazione-ponti-di-parole', as: ['anonymous', 'beneficiary'] },
  { path: '/organisations/new', as: ['beneficiary'] },
  { path: '/organisations/no-such-organisation', as: ['anonymous'], status: 404 },
  { path: '/manage/organisations', as: ['coordinator'] },
  { path: '/manage/organisations', as: ['beneficiary'], status: 403 },
  // The demo's survey (its id from the API; 1 on a fresh demo): the list, its page, a
  // section and the review as the beneficiary (who has not answered), the results, and the
  // facilitator's builder, question form, translation, paper form, printable version and
  // text answers.
  { path: '/consultations/demo/surveys', as: ['anonymous', 'beneficiary'] },
  { path: (demo) => `/surveys/${demo.survey}`, name: '/surveys/<demo survey>', as: ['anonymous', 'beneficiary'] },
  { path: (demo) => `/surveys/${demo.survey}/sections/2`, name: '/surveys/<demo survey>/sections/2', as: ['beneficiary'] },
  { path: (demo) => `/surveys/${demo.survey}/review`, name: '/surveys/<demo survey>/review', as: ['beneficiary'] },
  { path: (demo) => `/surveys/${demo.survey}/results`, name: '/surveys/<demo survey>/results', as: ['anonymous', 'facilitator'] },
  { path: '/manage/consultations/demo/surveys', as: ['facilitator'] },
  { path: '/manage/consultations/demo/surveys/new', as: ['facilitator'] },
  { path: (demo) => `/manage/surveys/${demo.survey}`, name: '/manage/surveys/<demo survey>', as: ['facilitator'] },
  { path: (demo) => `/manage/surveys/${demo.survey}`, name: '/manage/surveys/<demo survey>', as: ['beneficiary'], status: 403 },
  {
    path: (demo) => `/manage/surveys/${demo.survey}/questions/${demo.surveyQuestion}/edit`,
    name: '/manage/surveys/<demo survey>/questions/<first>/edit',
    as: ['facilitator'],
  },
  { path: (demo) => `/manage/surveys/${demo.survey}/translations/ar`, name: '/manage/surveys/<demo survey>/translations/ar', as: ['facilitator'] },
  { path: (demo) => `/manage/surveys/${demo.survey}/paper/new`, name: '/manage/surveys/<demo survey>/paper/new', as: ['facilitator'] },
  { path: (demo) => `/manage/surveys/${demo.survey}/print?lang=ar`, name: '/manage/surveys/<demo survey>/print', as: ['facilitator'] },
  {
    path: (demo) => `/manage/surveys/${demo.survey}/answers/${demo.surveyText}`,
    name: '/manage/surveys/<demo survey>/answers/<long text>',
    as: ['facilitator'],
  },
  // The demo's co-design procedure, in its evaluation phase: the list, the notice, the public
  // record and its printable report, the console, the notice form, admission, the
  // commission, and the sheets' overview (managers see who has scored, not the scores).
  { path: '/procedures', as: EVERYONE },
  { path: '/procedures/accoglienza-diffusa', as: EVERYONE },
  { path: '/procedures/accoglienza-diffusa/record', as: EVERYONE },
  { path: '/procedures/accoglienza-diffusa/record/print', as: ['anonymous'], layout: false },
  { path: '/procedures/accoglienza-diffusa/evaluation', as: ['facilitator'] },
  { path: '/manage/consultations/demo/procedures', as: ['facilitator'] },
  { path: '/manage/consultations/demo/procedures/new', as: ['facilitator'] },
  { path: '/manage/procedures/accoglienza-diffusa', as: ['facilitator', 'coordinator'] },
  { path: '/manage/procedures/accoglienza-diffusa/edit', as: ['facilitator'] },
  { path: '/manage/procedures/accoglienza-diffusa/admission', as: ['facilitator'] },
  { path: '/manage/procedures/accoglienza-diffusa/commission', as: ['facilitator'] },
  { path: '/manage/procedures/accoglienza-diffusa', as: ['beneficiary'], status: 403 },
  { path: '/procedures/no-such-procedure', as: ['anonymous'], status: 404 },
  { path: '/manage/audit', as: ['coordinator'] },
  { path: '/manage/consultations/new', as: ['coordinator'] },
  // Meetings: a consultation's list (the demo's past meeting and its upcoming one, with the
  // link to its calendar feed) and the facilitator's form to plan one; invite-only meetings
  // are hidden like the rest, their calendar feed included (the demo's own feed is a
  // calendar file, not a page: the API tests read it).
  { path: '/consultations/demo/meetings', as: EVERYONE },
  // The demo's meetings, their ids from the API (see `demoIds`); on a fresh demo the past
  // one is 1 (published minutes, who came by group, the proposal recorded there) and the
  // upcoming one 2 (full, with a waiting list; the demo's beneficiary holds a place). Its
  // calendar file is a download, not a page: the sweep fetches it apart (see below).
  {
    path: (demo) => `/meetings/${demo.pastMeeting}`,
    name: '/meetings/<past meeting>',
    as: EVERYONE,
  },
  {
    path: (demo) => `/meetings/${demo.upcomingMeeting}`,
    name: '/meetings/<upcoming meeting>',
    as: EVERYONE,
  },
  // Who is coming, with the needs summarised: facilitators (and coordinators) only.
  {
    path: (demo) => `/manage/meetings/${demo.upcomingMeeting}/registrations`,
    name: '/manage/meetings/<upcoming meeting>/registrations',
    as: ['facilitator', 'coordinator'],
  },
  {
    path: (demo) => `/manage/meetings/${demo.upcomingMeeting}/registrations`,
    name: '/manage/meetings/<upcoming meeting>/registrations',
    as: ['beneficiary'],
    status: 403,
  },
  // Its printable sign-in sheet, and the past meeting's attendance and minutes forms, filled
  // in with what the demo recorded.
  {
    path: (demo) => `/manage/meetings/${demo.upcomingMeeting}/sign-in`,
    name: '/manage/meetings/<upcoming meeting>/sign-in',
    as: ['facilitator'],
  },
  {
    path: (demo) => `/manage/meetings/${demo.pastMeeting}/attendance`,
    name: '/manage/meetings/<past meeting>/attendance',
    as: ['facilitator'],
  },
  {
    path: (demo) => `/manage/meetings/${demo.pastMeeting}/minutes`,
    name: '/manage/meetings/<past meeting>/minutes',
    as: ['facilitator'],
  },
  // Attaching a document to the past meeting (its minutes), on the upload page of its own.
  {
    path: (demo) => `/documents/new?parent=meeting&id=${demo.pastMeeting}`,
    name: '/documents/new?parent=meeting&id=<past meeting>',
    as: ['facilitator'],
  },
  { path: '/consultations/mediazione/meetings', as: ['anonymous'], status: 404 },
  { path: '/consultations/mediazione/meetings.ics', as: ['anonymous'], status: 404 },
  { path: '/manage/consultations/demo/meetings/new', as: ['facilitator'] },
  { path: '/manage/consultations/demo/meetings/new', as: ['beneficiary'], status: 403 },
  // The facilitator console of the demo consultation.
  { path: '/manage/consultations/demo', as: ['facilitator', 'coordinator'] },
  { path: '/manage/consultations/demo', as: ['beneficiary'], status: 403 },
  { path: '/manage/consultations/demo/edit', as: ['facilitator'] },
  { path: '/manage/consultations/demo/rounds/new', as: ['facilitator'] },
  { path: '/manage/consultations/demo/audit', as: ['facilitator'] },
  // Proposals and discussion, in the demo's open round (proposals, comments, voting).
  { path: DEMO_PROPOSALS, as: ['anonymous', 'beneficiary', 'facilitator'] },
  { path: `${DEMO_PROPOSALS}?language=ar&sort=commented`, as: ['anonymous'] },
  // The demo's first proposal carries the long thread; the facilitator also
  // sees the answer and moderation forms there.
  {
    path: (demo) => `/proposals/${demo.threadProposal}`,
    name: '/proposals/<first proposal>',
    as: ['anonymous', 'beneficiary', 'facilitator'],
  },
  {
    path: (demo) => `/proposals/${demo.threadProposal}/history`,
    name: '/proposals/<first proposal>/history',
    as: ['anonymous'],
  },
  { path: `${DEMO_PROPOSALS}/new`, as: ['beneficiary'] },
  { path: `${DEMO_PROPOSALS}/new`, as: ['anonymous'], stays: false, lands: '/login' },
  { path: `${DEMO_PROPOSALS}/record`, as: ['facilitator'] },
  { path: `${DEMO_PROPOSALS}/record`, as: ['beneficiary'], status: 403 },
  // Refuses (with a notice) while a voting round is open, as in the demo.
  { path: '/manage/consultations/demo/merge', as: ['facilitator'] },
  {
    path: (demo) => `/comments/${demo.threadComment}/reply`,
    name: '/comments/<comment of the thread>/reply',
    as: ['beneficiary'],
  },
  // Results: the demo's (its first round closed, its open round live, its last waiting for
  // its close), and the closed consultation that voted by approval.
  { path: DEMO_RESULTS, as: EVERYONE },
  {
    path: (demo) => `${DEMO_RESULTS}?round=${demo.closedRound}&sort=cross_group`,
    name: `${DEMO_RESULTS}?round=<closed round>&sort=cross_group`,
    as: ['anonymous'],
  },
  // The closed consultation's outcomes are open data in the demo: its page links to them.
  {
    path: `/consultations/${CLOSED_CONSULTATION}`,
    as: ['anonymous', 'beneficiary'],
    shows: [
      `${PUBLIC_OUTCOMES} a[href="/consultations/${CLOSED_CONSULTATION}/outcomes.json"]`,
      `${PUBLIC_OUTCOMES} a[href="/consultations/${CLOSED_CONSULTATION}/outcomes.zip"]`,
    ],
  },
  { path: `/consultations/${CLOSED_CONSULTATION}/results`, as: ['anonymous', 'beneficiary'] },
  // Counts from in-person sessions: recorded and deleted by facilitators only.
  {
    path: (demo) => `/proposals/${demo.talliedProposal}/tallies/new?round=${demo.openRound}`,
    name: '/proposals/<tallied proposal>/tallies/new?round=<open round>',
    as: ['facilitator'],
  },
  {
    path: (demo) => `/proposals/${demo.talliedProposal}/tallies/new?round=${demo.openRound}`,
    name: '/proposals/<tallied proposal>/tallies/new?round=<open round>',
    as: ['beneficiary'],
    status: 403,
  },
  {
    path: (demo) => `/tallies/${demo.demoTally}/delete`,
    name: '/tallies/<the demo tally>/delete',
    as: ['facilitator'],
  },
  // Notifications: the bell's page and the email preferences, for anyone logged in; the
  // coordinators' mail queue; an unsubscribe link whose signature does not match.
  { path: '/notifications', as: ['beneficiary', 'facilitator', 'coordinator'] },
  { path: '/notifications', as: ['anonymous'], stays: false, lands: '/login' },
  { path: '/account/notifications', as: ['beneficiary', 'facilitator', 'coordinator'] },
  { path: '/manage/mail', as: ['coordinator'] },
  { path: '/manage/mail', as: ['beneficiary'], status: 403 },
  { path: '/unsubscribe/1.forged', as: ['anonymous'], status: 404 },
  // Outcomes: the downloads of a consultation's facilitators and coordinators (only a
  // coordinator decides on privacy and open data); publishing, refused while a round runs, as
  // in the demo; and the printable report, a page of its own.
  { path: DEMO_OUTCOMES, as: ['facilitator', 'coordinator'] },
  { path: DEMO_OUTCOMES, as: ['beneficiary'], status: 403 },
  { path: CLOSED_OUTCOMES, as: ['coordinator'] },
  // Already published: the confirmation sends back to the outcomes page (the flow below
  // checks the confirmation itself, after withdrawing).
  { path: `${CLOSED_OUTCOMES}/publish`, as: ['coordinator'], stays: false, lands: CLOSED_OUTCOMES },
  { path: `${DEMO_OUTCOMES}/publish`, as: ['coordinator'], status: 403 },
  { path: `${DEMO_OUTCOMES}/download/html`, as: ['coordinator'], layout: false },
];

/**
 * The consultation flow (create, appoint, add rounds, invite, publish, open,
 * close) is clicked through in this locale only; the sweep above covers the
 * pages in every locale. TEXT holds the words the flow looks for on buttons,
 * badges and flash messages, per locale, so switching FLOW_LOCALE is one edit.
 */
const FLOW_LOCALE = 'it';
const TEXT = {
  it: {
    addRound: 'Aggiungi una fase',
    publish: 'Pubblica',
    openNow: 'Apri ora',
    closeNow: 'Chiudi ora',
    pendingInvitations: 'Inviti in attesa',
    draft: 'Bozza',
    published: 'Pubblicata',
    upcoming: 'In arrivo',
    open: 'Aperta',
    closed: 'Chiusa',
    consultationCreated: 'Consultazione creata',
    facilitatorAppointed: 'Facilitatore nominato',
    roundCreated: 'Fase aggiunta',
    invitationSent: 'Invito mandato',
    consultationPublished: 'Consultazione pubblicata',
    roundOpened: 'Fase aperta',
    roundClosed: 'Fase chiusa',
    // Proposals and discussion.
    proposalPublished: 'Proposta pubblicata',
    commentPublished: 'Commento pubblicato',
    keyboardComment: 'Scritto e mandato con la sola tastiera.',
    against: 'Contro',
    for: 'A favore',
    reply: 'Rispondi',
    flagProposal: 'Segnala questa proposta',
    flagged: 'Grazie',
    alreadyFlagged: 'Avevi già segnalato',
    contentHidden: 'Contenuto nascosto',
    contentRestored: 'Contenuto ripristinato',
    hide: 'Nascondi',
    restore: 'Ripristina',
    hiddenBecause: 'Nascosta dalla moderazione',
    justificationMissing: 'motivazione',
    answerSaved: 'Risposta salvata',
    rejected: 'Non accolta',
    // Co-authors and merging.
    coauthorInvited: 'Invito a firmare mandato',
    coauthorAccept: 'Firma la proposta',
    coauthorAccepted: 'Ora firmi questa proposta',
    coauthorRole: 'coautore',
    merged: 'Proposte unite',
    mergedInto: 'Questa proposta è stata unita a:',
    mergeDuringVoting: 'fase di voto',
    // Voting.
    support: 'Sostieni',
    youSupport: 'Sostieni questa proposta.',
    withdrawSupport: 'Ritira il mio sostegno',
    supportsLeft: (left, limit) => `Ti restano ${left} sostegni su ${limit}`,
    supportCounted: 'Il tuo sostegno è registrato.',
    noSupportsLeft: 'Non ti restano sostegni.',
    voteWithdrawn: 'Il tuo voto è ritirato.',
    voteFor: 'A favore',
    voteAgainst: 'Contro',
    voteAbstain: 'Mi astengo',
    withdrawVote: 'Ritira il mio voto',
    voteSaved: 'Il tuo voto è salvato.',
    votedOnOne: 'Hai votato una proposta.',
    votedOnNone: 'Non hai ancora votato nessuna proposta.',
    addDot: 'Aggiungi un punto',
    removeDot: 'Togli un punto',
    dotsLeft: (left, limit) => `Ti restano ${left} punti su ${limit}`,
    dotsHere: (count) => `Hai messo ${count} punti qui.`,
    dotAdded: 'Punto aggiunto.',
    dotRemoved: 'Punto tolto.',
    noDotsLeft: 'Non ti restano punti.',
    // Results and in-person counts.
    crossGroupUndefined: 'non ci sono abbastanza gruppi con 3 votanti',
    fewerThan3: 'meno di 3',
    resultsAfterClose: 'I risultati di questa fase saranno pubblicati alla chiusura.',
    countedInPerson: 'Contati in presenza (non inclusi sopra)',
    recordTally: 'Registra un conteggio in presenza per',
    tallyMethodMissing: 'Indica come sono stati contati i voti',
    tallySaved: 'Il conteggio in presenza è salvato.',
    deleteTally: 'Elimina il conteggio',
    tallyDeleted: 'Il conteggio in presenza è eliminato.',
    // Notifications, following and email preferences.
    emailVerified: 'il tuo indirizzo email è confermato',
    follow: 'Segui questa proposta',
    unfollow: 'Non seguire più',
    followed: 'Segui questa proposta: saprai dei commenti e della risposta.',
    unfollowed: 'Non segui più questa proposta.',
    notificationsEmpty: 'Ancora niente.',
    unread: 'non lette',
    notificationNew: 'Nuova',
    commentOn: (title) => `un nuovo commento su «${title}»`,
    replyToYourComment: 'una risposta al tuo commento',
    unreadCount: (count) => (count === 1 ? 'Una notifica da leggere.' : `${count} notifiche da leggere.`),
    allRead: 'Hai letto tutto.',
    markRead: 'Segna come letta',
    markAllRead: 'Segna tutte come lette',
    markedRead: 'Segnata come letta.',
    allMarkedRead: 'Tutte le notifiche sono segnate come lette.',
    unsubscribe: 'Non ricevere più queste email',
    unsubscribed: 'Fatto:',
    savePreferences: 'Salva le preferenze',
    preferencesSaved: 'Le tue preferenze email sono salvate.',
    // Outcomes and open data.
    consoleOutcomes: 'Esiti',
    outcomesExported: 'Esiti esportati',
    reportProposals: 'Proposte e risposte',
    withdrawOpenData: 'Ritira i dati aperti',
    openDataWithdrawn: 'I dati aperti sono stati ritirati.',
    publishOutcomes: 'Pubblica gli esiti',
    outcomesPublished: 'Gli esiti sono pubblicati come dati aperti.',
    coordinatorsPublish: 'Può pubblicarli chi coordina la piattaforma.',
    coordinatorsOnly: 'Solo il coordinamento della piattaforma può farlo.',
    facilitatorsOnly: 'Solo chi facilita questa consultazione può farlo.',
  },
  en: {
    addRound: 'Add a round',
    publish: 'Publish',
    openNow: 'Open now',
    closeNow: 'Close now',
    pendingInvitations: 'Pending invitations',
    draft: 'Draft',
    published: 'Published',
    upcoming: 'Coming up',
    open: 'Open',
    closed: 'Closed',
    consultationCreated: 'Consultation created',
    facilitatorAppointed: 'Facilitator appointed',
    roundCreated: 'Round added',
    invitationSent: 'Invitation sent',
    consultationPublished: 'Consultation published',
    roundOpened: 'Round opened',
    roundClosed: 'Round closed',
    // Proposals and discussion.
    proposalPublished: 'Proposal published',
    commentPublished: 'Comment published',
    keyboardComment: 'Written and sent with the keyboard alone.',
    against: 'Against',
    for: 'For',
    reply: 'Reply',
    flagProposal: 'Report this proposal',
    flagged: 'Thank you',
    alreadyFlagged: 'You had already reported',
    contentHidden: 'Content hidden',
    contentRestored: 'Content restored',
    hide: 'Hide',
    restore: 'Restore',
    hiddenBecause: 'Hidden by the moderators',
    justificationMissing: 'justification',
    answerSaved: 'Answer saved',
    rejected: 'Not accepted',
    // Co-authors and merging.
    coauthorInvited: 'Invitation to sign sent',
    coauthorAccept: 'Sign the proposal',
    coauthorAccepted: 'You now sign this proposal',
    coauthorRole: 'co-author',
    merged: 'Proposals merged',
    mergedInto: 'This proposal was merged into:',
    mergeDuringVoting: 'voting round',
    // Voting.
    support: 'Support',
    youSupport: 'You support this proposal.',
    withdrawSupport: 'Withdraw my support',
    supportsLeft: (left, limit) => `${left} of ${limit} supports left`,
    supportCounted: 'Your support is counted.',
    noSupportsLeft: 'You have no supports left.',
    voteWithdrawn: 'Your vote is withdrawn.',
    voteFor: 'In favour',
    voteAgainst: 'Against',
    voteAbstain: 'Abstain',
    withdrawVote: 'Withdraw my vote',
    voteSaved: 'Your vote is saved.',
    votedOnOne: 'You have voted on one proposal.',
    votedOnNone: 'You have not voted on any proposal yet.',
    addDot: 'Add a dot',
    removeDot: 'Remove a dot',
    dotsLeft: (left, limit) => `${left} of ${limit} dots left`,
    dotsHere: (count) => `You have put ${count} dots here.`,
    dotAdded: 'Dot added.',
    dotRemoved: 'Dot removed.',
    noDotsLeft: 'You have no dots left.',
    // Results and in-person counts.
    crossGroupUndefined: 'not enough groups with 3 voters',
    fewerThan3: 'fewer than 3',
    resultsAfterClose: 'The results of this round will be published when it closes.',
    countedInPerson: 'Counted in person (not included above)',
    recordTally: 'Record an in-person count for',
    tallyMethodMissing: 'Say how the votes were counted',
    tallySaved: 'The in-person count is saved.',
    deleteTally: 'Delete the count',
    tallyDeleted: 'The in-person count is deleted.',
    // Notifications, following and email preferences.
    emailVerified: 'your email address is confirmed',
    follow: 'Follow this proposal',
    unfollow: 'Stop following',
    followed: 'You follow this proposal: you will hear of its comments and answer.',
    unfollowed: 'You no longer follow this proposal.',
    notificationsEmpty: 'Nothing yet.',
    unread: 'unread',
    notificationNew: 'New',
    commentOn: (title) => `a new comment on "${title}"`,
    replyToYourComment: 'a reply to your comment',
    unreadCount: (count) => (count === 1 ? 'One unread notification.' : `${count} unread notifications.`),
    allRead: 'Everything is read.',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    markedRead: 'Marked as read.',
    allMarkedRead: 'All notifications are marked as read.',
    unsubscribe: 'Stop these emails',
    unsubscribed: 'Done:',
    savePreferences: 'Save preferences',
    preferencesSaved: 'Your email preferences are saved.',
    // Outcomes and open data.
    consoleOutcomes: 'Outcomes',
    outcomesExported: 'Outcomes exported',
    reportProposals: 'Proposals and answers',
    withdrawOpenData: 'Withdraw the open data',
    openDataWithdrawn: 'The open data is withdrawn.',
    publishOutcomes: 'Publish the outcomes',
    outcomesPublished: 'The outcomes are published as open data.',
    coordinatorsPublish: 'A coordinator can publish them.',
    coordinatorsOnly: "Only the platform's coordinators can do this.",
    facilitatorsOnly: "Only this consultation's facilitators can do this.",
  },
};
/** The demo partner's display name, as the console's people list shows it. */
const PARTNER_NAME = 'Olena Partner';
/** Display names of the demo beneficiary and institution, as a proposal's signers line shows them. */
const BENEFICIARY_NAME = 'Amina Diallo';
const INSTITUTION_NAME = 'Luca Comune';
/** The demo's invite-only consultation: its open round takes proposals and comments, with no voting. */
const PRIVATE_CONSULTATION = 'mediazione';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * axe's best-practice rules for what the issue asks beyond the WCAG tags: one `<h1>`,
 * headings in order, every piece of content inside a landmark, one `main`, landmarks told
 * apart by their names. axe runs rules enabled here in addition to the tagged ones.
 */
const AXE_EXTRA_RULES = Object.fromEntries(
  [
    'page-has-heading-one',
    'heading-order',
    'empty-heading',
    'region',
    'landmark-one-main',
    'landmark-unique',
    'landmark-no-duplicate-main',
    'landmark-banner-is-top-level',
    'landmark-contentinfo-is-top-level',
    'landmark-main-is-top-level',
  ].map((rule) => [rule, { enabled: true }]),
);

/**
 * The weight budget of one page load, from the network log: the document, its
 * stylesheets, scripts and fonts, counted decoded (before compression). Images
 * do not count (the issue leaves user images out; Tavolo's own are a favicon).
 * Every request must go to Tavolo itself, text must come compressed, and
 * assets must have fingerprinted names cached for a year.
 */
const PAGE_BUDGET_BYTES = 60 * 1024;
const SCRIPT_BUDGET_BYTES = 10 * 1024;
const WEIGHED_TYPES = ['document', 'stylesheet', 'script', 'font'];
const COMPRESSED_TYPES = ['document', 'stylesheet', 'script'];
const COMPRESSIONS = ['gzip', 'br'];
const FINGERPRINTED_ASSET = /^\/static\/[\w-]+\.[0-9a-f]{10}\.\w+$/;
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** How many of the heaviest page kinds the weight summary (artifacts/page-weight.md) lists. */
const WEIGHT_SUMMARY_ROWS = 12;

/**
 * Reflow (WCAG 1.4.10): 320 CSS px wide is a 1280 px window zoomed to 400 %,
 * or a 640 px one zoomed to 200 %. The height matters little.
 */
const REFLOW_VIEWPORT = { width: 320, height: 640 };
/** Target size (WCAG 2.5.8): see `undersizedTargets` for what is measured. */
const MIN_TARGET_PX = 24;

// Selectors that encode the contract between templates and this suite.
const LANGUAGE_FORM = 'form[action="/language"][method="post" i]';
const LOGOUT_BUTTON = 'header form[action="/logout"] button';
const LOGIN_LINK = 'header a[href^="/login"]';
const ERROR_SUMMARY = '[role="alert"], .error-summary';
const SUBMIT = '[type="submit"], button:not([type])';
const LANG_COOKIE = 'tavolo_lang';
const FLASH = 'main .notice';
const CONSOLE_STATUS_BADGE = 'main h1 + p > .badge';
const CONSOLE_ROUNDS = 'ol.console-rounds > li';
const TIMELINE_ROUNDS = 'ol.timeline > li';
const PROPOSAL_LINKS = 'main a[href^="/proposals/"]';
const COMMENT = 'ol.thread > li.comment';
const STANCE_BADGE = '.badge.stance';
const PREVIEW = 'main .preview';
const MODERATION_QUEUE = '#moderation li.queue-item';
const FLASH_ERROR = 'main .notice.notice--error';
const SIGNERS = 'main article.proposal > header p.small';
const VOTE_LEFT = '[data-vote-left]';
const VOTE_LIVE = '[data-vote-live]';
const VOTE_STATE = '.vote-state';
const RESULTS = 'main ol.result-list > li.result';
const RESULTS_TABS = 'main nav ul.tabs a';
const CROSS_GROUP = 'dl.figures > div:nth-child(2) > dd';
const ONLINE_VOTES = 'dl.figures > div:nth-child(1) > dd';
const OFFLINE_TALLIES = '.offline-tallies';
const BELL = 'header a.bell[href="/notifications"]';
const BELL_COUNT = `${BELL} .bell-count`;
const NOTIFICATIONS = 'main ul.notification-list > li.notification';
const UNREAD_NOTIFICATIONS = `${NOTIFICATIONS}.notification--unread`;
const FOLLOW_BUTTON = 'main form.follow-form button';
const FOLLOWED_PROPOSALS = 'main ul.follow-list > li';
const OUTCOME_DOWNLOADS = 'main #download';
const OPEN_DATA = 'main #open-data';
const PRIVACY_FORM = 'main form:has(input[name="export_names"])';
const REPORT_TITLES = 'main article.proposal h3 > span[lang]';
const AUDIT_ROWS = 'main table.audit tbody tr';

/** The vote box of one proposal, as the list and the proposal page both show it. */
function voteBox(page, proposalId) {
  return page.locator(`#vote-${proposalId}[data-vote-box]`);
}

// Mail polling: without SMTP the server writes each email as a file shortly
// after the request that queued it; look for it a bounded number of times.
const MAIL_POLL_MS = 100;
const MAIL_POLL_ATTEMPTS = 150;
// Notification emails are queued as an event fans out, which does not wake the
// mail worker: they go out on its next look at the outbox, at most 15 s later.
const NOTIFICATION_MAIL_POLL_ATTEMPTS = 250;

// ---------------------------------------------------------------------------
// Set-up knobs.
// ---------------------------------------------------------------------------

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const ARTIFACTS = path.join(HERE, 'artifacts');
const SERVER_BIN = path.resolve(REPO_ROOT, process.env.TAVOLO_BIN ?? 'target/debug/tavolo');
/** A Tavolo started elsewhere (see the top of this file), or undefined to start one here. */
const EXTERNAL_URL = process.env.TAVOLO_URL;
const SWEEP = !EXTERNAL_URL || process.env.TAVOLO_BROWSER_SWEEP === '1';
/** TAVOLO_BROWSER_FLOWS=0: the sweep alone (CI clicks the flows through its load balancer, .ci/scale-out). */
const FLOWS = process.env.TAVOLO_BROWSER_FLOWS !== '0';
const FLOWS_ELSEWHERE = !FLOWS && 'TAVOLO_BROWSER_FLOWS=0: the flows run elsewhere (.ci/scale-out)';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // the machine has no internet; don't let Chromium try
  '--disable-component-update',
  '--disable-sync',
];

const STARTUP_TIMEOUT_MS = 60_000;
const HEALTH_POLL_MS = 250;
// A debug build on a busy 2-core machine can be slow on the first request of a
// page; these bound every wait so a broken page fails in seconds, not minutes.
const ACTION_TIMEOUT_MS = 15_000;
const NAVIGATION_TIMEOUT_MS = 30_000;
// A whole flow (dozens of pages, each step bounded above) may take minutes there too.
const TEST_TIMEOUT_MS = 300_000;
const RUN_ID = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// ---------------------------------------------------------------------------
// Server and browser lifecycle, shared by every test in the file.
// ---------------------------------------------------------------------------

let server; // { child, baseURL, tmpDir, log, exited, killOnExit, stderr() } while running
let browser;

/** Asks the OS for a free port; the tiny race until the server binds is acceptable for a test run. */
async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer() {
  if (EXTERNAL_URL) {
    const dataDir = process.env.TAVOLO_DATA_DIR;
    if (!dataDir) throw new Error('TAVOLO_URL needs TAVOLO_DATA_DIR: the folder whose mail/ holds its emails');
    server = { baseURL: EXTERNAL_URL.replace(/\/$/, ''), tmpDir: dataDir, external: true };
    const response = await fetch(`${server.baseURL}/healthz`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(response.status, 200, `${server.baseURL}/healthz answers 200`);
    return;
  }
  if (!existsSync(SERVER_BIN)) {
    throw new Error(`${SERVER_BIN} does not exist: run \`cargo build\` first, or set TAVOLO_BIN`);
  }
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'tavolo-browser-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const env = {
    ...process.env,
    TAVOLO_ADDR: `127.0.0.1:${port}`,
    DATABASE_URL: `sqlite://${tmpDir}/tavolo.db?mode=rwc`,
    TAVOLO_BASE_URL: baseURL,
    TAVOLO_DATA_DIR: tmpDir,
    // Every browser here is 127.0.0.1 and the suite registers an account per locale and
    // mode: far more than one address may register in an hour in production.
    TAVOLO_REGISTRATIONS_PER_HOUR: '1000',
    TAVOLO_ACCOUNT_MAILS_PER_HOUR: '1000',
    NO_COLOR: '1', // the log goes to a file; keep it free of terminal colour codes
  };
  // Without SMTP the server writes mail as files, so the suite never needs a mail server.
  delete env.SMTP_URL;

  // Run from the repository root so anything the server resolves relative to
  // its working directory (static files, say) is found as in `cargo run`.
  const child = spawn(SERVER_BIN, ['serve', '--demo'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A safety net for runs that die before the after-hook: never leave a server behind.
  const killOnExit = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // Keep everything the server says: the whole of it goes to a file for CI,
  // and stderr is printed if start-up fails.
  const log = createWriteStream(path.join(ARTIFACTS, 'server.log'));
  let stderr = '';
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk) => {
    log.write(chunk);
    stderr = (stderr + chunk).slice(-64_000);
  });

  // 'close' rather than 'exit': it fires once the output pipes are drained too,
  // so nothing is written to the log after it has been closed.
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  let exitInfo = null;
  exited.then((info) => (exitInfo = info));

  server = { child, baseURL, tmpDir, log, exited, killOnExit, stderr: () => stderr };

  // Poll /healthz until it answers 200, the process dies, or time runs out.
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  const maxAttempts = Math.ceil(STARTUP_TIMEOUT_MS / HEALTH_POLL_MS);
  let lastProblem = 'no attempt made';
  for (let attempt = 1; attempt <= maxAttempts && Date.now() < deadline; attempt++) {
    if (exitInfo) {
      lastProblem = `server exited early (code ${exitInfo.code}, signal ${exitInfo.signal})`;
      break;
    }
    try {
      const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `/healthz answered ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await delay(HEALTH_POLL_MS);
  }
  const message = `tavolo did not become healthy at ${baseURL}: ${lastProblem}`;
  console.error(`${message}\n--- server stderr ---\n${stderr || '(empty)'}\n--- end of server stderr ---`);
  throw new Error(message);
}

async function stopServer() {
  if (!server) return;
  if (server.external) {
    server = undefined;
    return;
  }
  const { child, exited, log, tmpDir, killOnExit } = server;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    // Give a graceful shutdown a bounded chance, then insist. The timer is
    // unref'd: a pending 10 s timer would otherwise keep the test process
    // alive for its full length after a quick shutdown.
    const gone = await Promise.race([
      exited.then(() => true),
      delay(10_000, false, { ref: false }),
    ]);
    if (!gone) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  process.removeListener('exit', killOnExit);
  await new Promise((resolve) => log.end(resolve));
  await rm(tmpDir, { recursive: true, force: true });
  server = undefined;
}

/**
 * A fresh browser context for one locale. Its Accept-Language deliberately
 * names a *different* locale, so the page language can only be right if the
 * language switch (cookie or account setting) really wins over the header.
 */
async function newContext(locale, { javaScriptEnabled = true } = {}) {
  const other = LOCALES.find((l) => l.code !== locale.code) ?? locale;
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: other.code,
    javaScriptEnabled,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return context;
}

// ---------------------------------------------------------------------------
// Helpers that wait on conditions, never on the clock.
// ---------------------------------------------------------------------------

/** Waits until `locator` is in the DOM, failing with a readable message instead of a bare timeout. */
async function expectPresent(page, locator, what) {
  try {
    await locator.first().waitFor({ state: 'attached' });
  } catch {
    assert.fail(`${what}: nothing matches ${locator} on ${page.url()}`);
  }
}

async function expectAbsent(page, locator, what) {
  try {
    await locator.first().waitFor({ state: 'detached' });
  } catch {
    assert.fail(`${what}: ${locator} is still on ${page.url()}`);
  }
}

/**
 * Makes a control clickable. Header menus (language, account) live in
 * <details> disclosures so they work without JavaScript; open the nearest one.
 */
async function reveal(locator) {
  if (await locator.isVisible()) return;
  const summary = locator.locator('xpath=ancestor::details[1]/summary');
  if ((await summary.count()) > 0) await summary.first().click();
  await locator.waitFor({ state: 'visible' });
}

/**
 * Clicks a submit control (or a link) and waits for the document that answers
 * it. Waiting for the main frame to commit a navigation (rather than for a URL)
 * also works when the server re-renders the form at the same address. Returns
 * the response that delivered the new document, after any redirects, so
 * callers can check its status.
 */
async function submitWith(page, button) {
  await reveal(button);
  return navigationBy(page, () => button.click());
}

/**
 * Does `act` (a click, a key press) and waits for the document that answers
 * it, as `submitWith` describes; returns that document's response.
 */
async function navigationBy(page, act) {
  const navigated = page.waitForEvent('framenavigated', {
    predicate: (frame) => frame === page.mainFrame(),
  });
  // Caught here and rethrown below, so a failed action never leaves it unhandled.
  const answered = page
    .waitForResponse(
      (response) =>
        response.request().isNavigationRequest() &&
        response.frame() === page.mainFrame() &&
        !(response.status() >= 300 && response.status() < 400),
    )
    .catch((error) => error);
  await act();
  await navigated;
  await page.waitForLoadState('load');
  const response = await answered;
  if (response instanceof Error) throw response;
  return response;
}

function formWith(page, fieldSelector) {
  return page.locator('form', { has: page.locator(fieldSelector) }).first();
}

async function submitForm(page, form) {
  await submitWith(page, form.locator(SUBMIT).first());
}

function pathname(page) {
  return new URL(page.url()).pathname;
}

/** The visible error text on the page, to make a failed assertion explain itself. */
async function alertText(page) {
  const alerts = page.locator(ERROR_SUMMARY);
  return (await alerts.count()) > 0 ? (await alerts.first().innerText()).trim() : '(no error summary)';
}

async function expectLocale(page, locale) {
  const html = page.locator('html');
  assert.equal(await html.getAttribute('lang'), locale.code, `<html lang> on ${page.url()}`);
  assert.equal(await html.getAttribute('dir'), locale.dir, `<html dir> on ${page.url()}`);
}

/**
 * Picks the locale with the header's language switch, as a visitor would.
 * Returns false when the switch had nothing to do (the current language's
 * button may be disabled), so callers know no cookie was set by this click.
 */
async function chooseLocale(page, locale) {
  const button = page.locator(`${LANGUAGE_FORM} button[name="lang"][value="${locale.code}"]`).first();
  await expectPresent(page, button, `language switch button for "${locale.code}"`);
  if ((await button.isDisabled()) && (await page.locator('html').getAttribute('lang')) === locale.code) {
    return false;
  }
  await submitWith(page, button);
  await expectLocale(page, locale);
  return true;
}

async function langCookie(context) {
  return (await context.cookies()).find((c) => c.name === LANG_COOKIE)?.value;
}

async function logIn(page, { email, password }) {
  await page.goto('/login');
  const form = formWith(page, 'input[name="password"]');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await submitForm(page, form);
  assert.notEqual(pathname(page), '/login', `log-in as ${email} failed: ${await alertText(page)}`);
  await expectPresent(page, page.locator(LOGOUT_BUTTON), 'after logging in, the header offers to log out');
}

async function axeViolations(page) {
  // By default AxeBuilder finishes every run in a fresh blank tab (so results
  // from cross-origin frames can be merged), which more than doubles the cost
  // of a check. Tavolo's pages have no frames; for them the single-frame
  // ("legacy") run applies the same rules to the same document and gives the
  // same results, in half the time. A page that does grow a frame gets the
  // full treatment.
  //
  // Only violations are read, so only they are collected in full: passes,
  // incomplete and inapplicable results come back with one node each, which
  // spares serialising every node of every page for nothing (a quarter of the
  // time of a check). The same rules run and every violation is still reported
  // with all its nodes. `options()` replaces the whole options object, so it
  // must come before `withTags()`, or the tags (and so the rule set) are lost.
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules: AXE_EXTRA_RULES })
    .withTags(AXE_TAGS);
  if (page.frames().length === 1) builder.setLegacyMode(true);
  const results = await builder.analyze();
  return results.violations;
}

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}`)
        .join('\n');
      return `  ${v.id} [${v.impact}] ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

async function expectAxeClean(page, label) {
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${label} (${page.url()}):\n${describeViolations(violations)}`,
  );
}

/**
 * Turns the browser cache off for `page`, as DevTools' "Disable cache" does,
 * so every load fetches its stylesheet and scripts again and the network log
 * of each one weighs the whole page, not only what the cache lacked.
 */
async function disableCache(page) {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
}

/**
 * Goes to `address` and keeps the network log of the load: every request
 * made until the page's load event, which covers the document, its
 * stylesheet, deferred scripts and any fonts. Returns the navigation's
 * response (as `page.goto` does) and the requests.
 */
async function loadLogged(page, address) {
  const requests = [];
  const log = (request) => requests.push(request);
  page.on('request', log);
  try {
    const response = await page.goto(address);
    return { response, requests };
  } finally {
    page.off('request', log);
  }
}

/**
 * What each request of a load brought: its address (same-origin ones by path),
 * resource type, status, decoded body size (`response.body()` is decoded),
 * body size on the wire, and the headers the budget checks read. Fails at
 * once, listing them, if any request went to a host other than Tavolo's.
 */
async function weighLoad(requests, label) {
  const origin = new URL(server.baseURL).origin;
  const elsewhere = requests.map((r) => r.url()).filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  assert.deepEqual(elsewhere, [], `${label} made requests to other hosts:\n  ${elsewhere.join('\n  ')}`);
  const weigh = async (request) => {
    const response = await request.response();
    assert.ok(response, `${label}: ${request.url()} got no response (${request.failure()?.errorText ?? 'no error given'})`);
    const url = new URL(request.url());
    const status = response.status();
    const redirect = status >= 300 && status < 400;
    const [headers, body, sizes] = await Promise.all([
      response.allHeaders(),
      redirect ? null : response.body(),
      request.sizes(),
    ]);
    return {
      path: url.pathname + url.search,
      type: request.resourceType(),
      status,
      bytes: body?.length ?? 0,
      transferred: sizes.responseBodySize,
      encoding: headers['content-encoding'] ?? null,
      cacheControl: headers['cache-control'] ?? null,
    };
  };
  return Promise.all(requests.filter((r) => /^https?:/.test(r.url())).map(weigh));
}

function sumOf(items, field) {
  return items.reduce((total, item) => total + item[field], 0);
}

/** One line per request, heaviest first, to make a failed budget explain itself. */
function describeLoad(items) {
  return [...items]
    .sort((a, b) => b.bytes - a.bytes)
    .map((i) => `  ${String(i.bytes).padStart(7)} B (${i.transferred} B sent, ${i.encoding ?? 'uncompressed'})  ${i.type}  ${i.path}`)
    .join('\n');
}

/**
 * The weight budget, checked on the network log of one load (see `weighLoad`):
 * within PAGE_BUDGET_BYTES in all and SCRIPT_BUDGET_BYTES of scripts; text
 * compressed; assets fingerprinted and cached for a year. Returns the figures,
 * for the summary. Redirects carry no body and are only checked for their host.
 */
function expectWithinBudget(items, label) {
  const weighed = items.filter((i) => WEIGHED_TYPES.includes(i.type));
  const total = sumOf(weighed, 'bytes');
  const scripts = sumOf(weighed.filter((i) => i.type === 'script'), 'bytes');
  assert.ok(
    weighed.some((i) => i.type === 'document' && i.bytes > 0),
    `${label}: the network log has the document itself:\n${describeLoad(items)}`,
  );
  assert.ok(
    total <= PAGE_BUDGET_BYTES,
    `${label} weighs ${total} bytes, over the budget of ${PAGE_BUDGET_BYTES}:\n${describeLoad(weighed)}`,
  );
  assert.ok(
    scripts < SCRIPT_BUDGET_BYTES,
    `${label} loads ${scripts} bytes of script, over the budget of ${SCRIPT_BUDGET_BYTES}:\n${describeLoad(weighed)}`,
  );
  for (const item of items.filter((i) => i.bytes > 0)) {
    if (COMPRESSED_TYPES.includes(item.type)) {
      assert.ok(
        COMPRESSIONS.includes(item.encoding),
        `${label}: ${item.path} (${item.type}, ${item.bytes} bytes) came ${item.encoding ?? 'uncompressed'}, not ${COMPRESSIONS.join(' or ')}`,
      );
    }
    if (item.type !== 'document') {
      assert.match(item.path, FINGERPRINTED_ASSET, `${label}: ${item.path} (${item.type}) is served under a fingerprinted name`);
      assert.equal(item.cacheControl, ASSET_CACHE_CONTROL, `${label}: ${item.path} is cached for a year, immutable`);
    }
  }
  return { total, transferred: sumOf(weighed, 'transferred'), scripts };
}

/** Every load the sweep weighed: page kind, locale, persona and figures, for the summary. */
const weighedLoads = [];

/**
 * Writes the heaviest load of each page kind (over every locale and persona),
 * with what each of its requests weighed, to artifacts/page-weight.json, and
 * the heaviest of those to artifacts/page-weight.md, a table the README can
 * quote.
 */
async function writeWeightSummary() {
  if (weighedLoads.length === 0) return;
  const heaviest = new Map();
  for (const load of weighedLoads) {
    if ((heaviest.get(load.page)?.total ?? -1) < load.total) heaviest.set(load.page, load);
  }
  const rows = [...heaviest.values()].sort((a, b) => b.total - a.total);
  const budget = { page: PAGE_BUDGET_BYTES, scripts: SCRIPT_BUDGET_BYTES };
  await writeFile(
    path.join(ARTIFACTS, 'page-weight.json'),
    `${JSON.stringify({ budget, loads: weighedLoads.length, heaviest: rows }, null, 2)}\n`,
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `# Page weight`,
    '',
    `The heaviest of ${weighedLoads.length} page loads of the browser sweep, one row per page kind, with its`,
    `heaviest language and visitor. Sizes count the document, stylesheet, scripts and fonts: decoded`,
    `(the budget is ${kb(PAGE_BUDGET_BYTES)}, scripts under ${kb(SCRIPT_BUDGET_BYTES)}) and as sent, compressed.`,
    '',
    '| page | language | visitor | decoded | sent | scripts |',
    '|---|---|---|---:|---:|---:|',
    ...rows
      .slice(0, WEIGHT_SUMMARY_ROWS)
      .map((r) => `| \`${r.page}\` | ${r.locale} | ${r.persona} | ${kb(r.total)} | ${kb(r.transferred)} | ${kb(r.scripts)} |`),
    '',
  ];
  await writeFile(path.join(ARTIFACTS, 'page-weight.md'), lines.join('\n'));
}

/**
 * Describes an element for a message: its tag, id, name or address, classes
 * and the start of its text. It runs in the page, through `inPage`.
 */
function describeElement(el) {
  const attribute = (name) => (el.getAttribute(name) ? `[${name}="${el.getAttribute(name)}"]` : '');
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const text = (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${id}${attribute('name')}${attribute('value')}${attribute('href')}${classes}${text ? ` "${text}"` : ''}`;
}

/**
 * An expression calling `check(arg, describeElement)` in the page. Playwright
 * sends a function on its own, so a helper it uses travels as source in the
 * same expression; rebuilding it in the page from a string (eval, new
 * Function) would rightly be refused by Tavolo's Content-Security-Policy.
 */
function inPage(check, arg) {
  return `(${check})(${JSON.stringify(arg)}, ${describeElement})`;
}

/**
 * In the page: how the document overflows sideways, or null when it does
 * not; with the widest boxes that stick out (elements, and text such as a long
 * word, reported by its element), leaving out what a container that scrolls or
 * clips on its own holds. An absolutely positioned box escapes such a container
 * unless it, or an ancestor inside it, is positioned: it counts.
 */
function sidewaysOverflow(_, describe) {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width) return null;
  const heldByScroller = (el) => {
    let position = getComputedStyle(el).position;
    if (position === 'fixed') return false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      const contains = position !== 'absolute' || style.position !== 'static';
      if (contains && style.overflowX !== 'visible') return true;
      if (contains) position = style.position;
      if (position === 'fixed') return false;
    }
    return false;
  };
  const sticksOut = (box) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
  const offenders = [];
  const note = (el, box, prefix = '') =>
    offenders.push({ what: prefix + describe(el), width: Math.round(box.width), left: Math.round(box.left) });
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (sticksOut(box) && !heldByScroller(el)) note(el, box);
  }
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (sticksOut(box) && !heldByScroller(text.parentElement)) note(text.parentElement, box, 'the text of ');
  }
  offenders.sort((a, b) => b.width - a.width);
  return { scrollWidth: root.scrollWidth, width, offenders: offenders.slice(0, 6) };
}

/**
 * Reflow (WCAG 1.4.10): at REFLOW_VIEWPORT the document must not scroll
 * sideways. Content that needs two dimensions (a wide table) may scroll inside
 * a container of its own. On failure, lists the widest elements that stick
 * out. The viewport is restored whatever happens.
 */
async function expectReflows(page, label) {
  const viewport = page.viewportSize();
  await page.setViewportSize(REFLOW_VIEWPORT);
  let overflow;
  try {
    overflow = await page.evaluate(inPage(sidewaysOverflow));
  } finally {
    await page.setViewportSize(viewport);
  }
  if (overflow) {
    const widest = overflow.offenders.map((o) => `  ${o.width} px wide from x = ${o.left}: ${o.what}`).join('\n');
    assert.fail(
      `${label} scrolls sideways at ${REFLOW_VIEWPORT.width} CSS px (${overflow.scrollWidth} px of content in ${overflow.width}); the widest elements sticking out:\n${widest}`,
    );
  }
}

/**
 * In the page: the targets smaller than `min` × `min` CSS px (WCAG 2.5.8,
 * Target Size (Minimum)), each described with its size.
 *
 * Every visible button, select, input (checkboxes and radios included), text
 * area and disclosure `summary` must be that big, with no allowance.
 *
 * Links follow WCAG's exceptions. A link in running text is not measured
 * (the "inline" exception: a target in a sentence, or whose size is
 * constrained by the line height of the text around it), read here as a link
 * whose nearest block (paragraph, list item, cell, heading) holds words
 * outside it: a link in a sentence, or in a line of details ("3 comments ·
 * 2 May"). A link alone in its block (an item of a navigation list, a list of
 * links, a heading) is a target in its own right: smaller than `min`, it must
 * have room around it (the "spacing" exception: a circle `min` across,
 * centred on it, touches no other target, nor the circle of another small
 * one). What is hidden from sight (closed disclosures, `.visually-hidden`
 * text) is skipped.
 */
function undersizedTargets(min, describe) {
  const words = /[\p{L}\p{N}]/u;
  const blockOf = (el) => {
    let up = el.parentElement;
    while (up && up !== document.body && getComputedStyle(up).display.startsWith('inline')) up = up.parentElement;
    return up;
  };
  const inRunningText = (link) => {
    const walker = document.createTreeWalker(blockOf(link), NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (link.contains(text) || text.parentElement.closest('.visually-hidden')) continue;
      if (words.test(text.data)) return true;
    }
    return false;
  };
  const targets = [...document.querySelectorAll('button, select, textarea, input:not([type="hidden"]), summary, a[href]')]
    .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
    .map((el) => {
      const box = el.getBoundingClientRect();
      const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      return { el, box, centre, small: box.width < min || box.height < min };
    });
  const distanceToBox = ({ x, y }, box) =>
    Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
  const spaced = (target) =>
    targets.every(
      (other) =>
        other === target ||
        other.el.contains(target.el) ||
        target.el.contains(other.el) ||
        (distanceToBox(target.centre, other.box) >= min / 2 &&
          !(other.small && Math.hypot(target.centre.x - other.centre.x, target.centre.y - other.centre.y) < min)),
    );
  return targets
    .filter((t) => t.small && !(t.el.localName === 'a' && (inRunningText(t.el) || spaced(t))))
    .map((t) => `${t.box.width.toFixed(1)} × ${t.box.height.toFixed(1)} px: ${describe(t.el)}`);
}

async function expectTargetsBigEnough(page, label) {
  const small = await page.evaluate(inPage(undersizedTargets, MIN_TARGET_PX));
  assert.deepEqual(
    small,
    [],
    `${label} has ${small.length} target(s) under ${MIN_TARGET_PX} × ${MIN_TARGET_PX} CSS px:\n  ${small.join('\n  ')}`,
  );
}

/** Keeps a picture of the page a failure happened on; the error itself is rethrown untouched. */
async function withFailureScreenshot(page, name, check) {
  try {
    await check();
  } catch (error) {
    const file = path.join(ARTIFACTS, `failure-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    throw error;
  }
}

function statusMatches(expected, actual) {
  if (expected === 'handled') return actual < 500;
  if (typeof expected === 'number') return actual === expected;
  return actual >= 200 && actual < 300;
}

/** What a PAGES row is called in test names and messages. */
function pageName(spec) {
  return spec.name ?? spec.path;
}

/** The address of a PAGES row, asking the demo for its ids when the row needs them. */
async function resolvePath(spec) {
  return typeof spec.path === 'function' ? spec.path(await demoIds()) : spec.path;
}

/** Everything every page kind must satisfy. */
async function checkPage(page, spec, locale, persona) {
  const address = await resolvePath(spec);
  const label = `${address} (${locale.code}, ${persona})`;
  const { response, requests } = await loadLogged(page, address);
  assert.ok(response, `no response for ${address}`);
  assert.ok(
    statusMatches(spec.status, response.status()),
    `${address} answered ${response.status()}, expected ${spec.status ?? '2xx'}`,
  );
  const landed = new URL(page.url());
  if (spec.stays !== false) {
    assert.equal(landed.pathname + landed.search, address, `${address} redirected to ${page.url()}`);
  } else if (spec.lands) {
    assert.equal(landed.pathname, spec.lands, `${address} should redirect to ${spec.lands}, ended on ${page.url()}`);
  }
  await expectLocale(page, locale);
  if (spec.layout !== false) {
    for (const { code } of SWEEP_LOCALES) {
      await expectPresent(
        page,
        page.locator(`${LANGUAGE_FORM} button[name="lang"][value="${code}"]`),
        `language switch offers "${code}"`,
      );
    }
    if (PERSONAS[persona]) {
      await expectPresent(page, page.locator(LOGOUT_BUTTON), `still logged in as ${persona}`);
    }
  }
  for (const selector of spec.shows ?? []) {
    await expectPresent(page, page.locator(selector), `${address} shows what its row expects`);
  }
  await expectAxeClean(page, label);
  const load = await weighLoad(requests, label);
  if (spec.layout === false) {
    // The printable report is a download to keep: it must stand alone, its style inline,
    // with nothing else to fetch. It is weighed like any page all the same, though it is
    // as long as the consultation it reports on where a page would paginate: the demo's
    // is well inside the budget, so a regression in its markup or style shows. (A large
    // consultation's report may well outgrow it, as it should.)
    const fetched = load.filter((item) => item.type !== 'document').map((item) => item.path);
    assert.deepEqual(fetched, [], `${label} stands alone, fetching nothing else`);
  }
  const figures = expectWithinBudget(load, label);
  weighedLoads.push({ page: pageName(spec), locale: locale.code, persona, ...figures, load });
  await expectTargetsBigEnough(page, label);
  await expectReflows(page, label);
}

/**
 * What every page the flow lands on must satisfy: the expected status (after
 * redirects), address, language, and no axe violations. axe runs as a script
 * in the page, so contexts with JavaScript disabled pass `axe: false` (the
 * sweep checks the same pages with scripts on).
 */
async function expectLanded(page, response, locale, { status = 200, at, label, axe = true }) {
  assert.ok(response, `no response for ${label}`);
  assert.equal(
    response.status(),
    status,
    `${label} answered ${response.status()} on ${page.url()}: ${await alertText(page)}`,
  );
  if (at) assert.equal(pathname(page), at, `${label} ended on ${page.url()}: ${await alertText(page)}`);
  await expectLocale(page, locale);
  if (axe) await expectAxeClean(page, `${label} (${locale.code})`);
}

/**
 * The flash message of the page. The document is complete once submitWith or
 * goto returns and nothing is added by script, so this reads it at once.
 */
async function expectFlash(page, text) {
  const notices = page.locator(FLASH);
  const shown = (await notices.allInnerTexts()).map((t) => t.trim());
  assert.ok(
    shown.some((t) => t.includes(text)),
    `expected a flash saying "${text}" on ${page.url()}; found: ${shown.map((t) => `"${t}"`).join(', ') || 'none'}`,
  );
  assert.equal(await page.locator(`${FLASH}.notice--error`).count(), 0, `no error flash on ${page.url()}`);
}

async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * A `datetime-local` value (YYYY-MM-DDTHH:MM) `days` from today at `hour`
 * o'clock. Whole days ahead and daytime hours keep it in the future and clear
 * of daylight-saving gaps whatever the server's time zone.
 */
function localDateTime(days, hour) {
  const now = new Date();
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour, 0));
  return at.toISOString().slice(0, 16);
}

/** The numeric ids in links of the form /proposals/<id> (and nothing after it). */
async function proposalIdsLinked(page) {
  const hrefs = await page.locator(PROPOSAL_LINKS).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.map((href) => href.match(/^\/proposals\/(\d+)$/)?.[1]).filter(Boolean).map(Number);
}

let demoIdsPromise;

/**
 * The ids of the demo's data, read once per run as a logged-out visitor would
 * find them: the proposal with the lowest id in the demo's list (the one the
 * demo gives the long thread) and the first comment of that thread; from the
 * results API, the closed, open and upcoming rounds, the ids of the proposals
 * in the open round (lowest first) with their titles, and the one counted in
 * person; and, as the facilitator who alone is shown its link, the id of that
 * in-person count.
 */
function demoIds() {
  demoIdsPromise ??= (async () => {
    const context = await newContext(LOCALES[0]);
    try {
      const page = await context.newPage();
      const api = await context.request.get(`/api/v1/consultations/${DEMO_CONSULTATION}/results`);
      assert.equal(api.status(), 200, `the results API of ${DEMO_CONSULTATION} answers 200`);
      const { rounds } = await api.json();
      const roundIn = (state) => rounds.find((r) => r.state === state);
      const [closed, open, upcoming] = ['closed', 'open', 'upcoming'].map(roundIn);
      assert.ok(
        closed && open && upcoming,
        `the demo has a closed, an open and an upcoming round: ${rounds.map((r) => r.state).join(', ')}`,
      );
      const tallied = open.proposals.find((p) => p.offline.length > 0);
      assert.ok(tallied, `a proposal of the demo's open round has an in-person count`);
      const openProposals = open.proposals.map((p) => p.proposal_id).sort((a, b) => a - b);
      const titles = Object.fromEntries(open.proposals.map((p) => [p.proposal_id, p.title]));
      const demoTally = await demoTallyId(tallied.proposal_id);
      const { pastMeeting, upcomingMeeting, commitmentInProgress, commitmentDone, survey, surveyQuestion, surveyText } =
        await demoFollowUpIds(context);

      const list = await page.goto(DEMO_PROPOSALS);
      assert.equal(list?.status(), 200, `${DEMO_PROPOSALS} answers 200`);
      const ids = await proposalIdsLinked(page);
      assert.ok(ids.length > 0, `${DEMO_PROPOSALS} links to the demo's proposals`);
      const threadProposal = Math.min(...ids);

      const thread = await page.goto(`/proposals/${threadProposal}`);
      assert.equal(thread?.status(), 200, `/proposals/${threadProposal} answers 200`);
      const commentIds = await page
        .locator(`${COMMENT}[id^="comment-"]`)
        .evaluateAll((items) => items.map((li) => Number(li.id.slice('comment-'.length))));
      assert.ok(commentIds.length > 1, `/proposals/${threadProposal} has the demo's thread (found ${commentIds.length} comments)`);
      assert.ok(
        (await page.locator(`${COMMENT}.comment--level-1`).count()) > 0,
        `the thread on /proposals/${threadProposal} has replies`,
      );
      return {
        threadProposal,
        threadComment: commentIds[0],
        closedRound: closed.round_id,
        openRound: open.round_id,
        upcomingRound: upcoming.round_id,
        openProposals,
        titles,
        talliedProposal: tallied.proposal_id,
        demoTally,
        pastMeeting,
        upcomingMeeting,
        commitmentInProgress,
        commitmentDone,
        survey,
        surveyQuestion,
        surveyText,
      };
    } finally {
      await context.close();
    }
  })();
  return demoIdsPromise;
}

/**
 * The demo's meetings and commitments, from the read-only API: the past meeting is the one
 * with published minutes, the upcoming one the one with a waiting list.
 */
async function demoFollowUpIds(context) {
  const read = async (list) => {
    const response = await context.request.get(`/api/v1/consultations/${DEMO_CONSULTATION}/${list}`);
    assert.equal(response.status(), 200, `the ${list} API of ${DEMO_CONSULTATION} answers 200`);
    return (await response.json()).items;
  };
  const meetings = await read('meetings');
  const commitments = await read('commitments');
  const [survey] = await read('surveys');
  const questions = survey?.sections.flatMap((section) => section.questions) ?? [];
  const ids = {
    survey: survey?.id,
    surveyQuestion: questions[0]?.id,
    surveyText: questions.find((q) => q.kind === 'long_text')?.id,
    pastMeeting: meetings.find((m) => m.minutes !== null)?.id,
    upcomingMeeting: meetings.find((m) => m.waiting > 0)?.id,
    commitmentInProgress: commitments.find((c) => c.status === 'in_progress')?.id,
    commitmentDone: commitments.find((c) => c.status === 'done')?.id,
  };
  for (const [name, id] of Object.entries(ids)) {
    assert.ok(Number.isInteger(id), `the demo has its ${name}: ${JSON.stringify({ meetings, commitments }).slice(0, 300)}`);
  }
  return ids;
}

/** The id of the in-person count on a proposal, from the delete link only its facilitator sees. */
async function demoTallyId(proposalId) {
  const context = await newContext(LOCALES[0]);
  try {
    const page = await context.newPage();
    await logIn(page, PERSONAS.facilitator);
    const at = `/proposals/${proposalId}`;
    const response = await page.goto(at);
    assert.equal(response?.status(), 200, `${at} answers 200`);
    const hrefs = await page
      .locator(`#figures ${OFFLINE_TALLIES} a[href^="/tallies/"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const ids = hrefs.map((href) => href.match(/^\/tallies\/(\d+)\/delete$/)?.[1]).filter(Boolean).map(Number);
    assert.equal(ids.length, 1, `${at} links to the deletion of its one in-person count: ${hrefs.join(', ') || 'no link'}`);
    return ids[0];
  } finally {
    await context.close();
  }
}

/**
 * One browser context per persona, each logged in (or not) and switched to
 * the locale on first use. `close()` closes them all.
 */
function personaPages(locale) {
  const contexts = [];
  const pages = {};
  return {
    async pageAs(persona) {
      if (!pages[persona]) {
        const context = await newContext(locale);
        contexts.push(context);
        const page = await context.newPage();
        if (PERSONAS[persona]) await logIn(page, PERSONAS[persona]);
        else await page.goto('/');
        await chooseLocale(page, locale);
        pages[persona] = page;
      }
      return pages[persona];
    },
    async close() {
      for (const context of contexts) await context.close();
    },
  };
}

/** The error flash of the page, which must mention `text`. */
async function expectFlashError(page, text) {
  const errors = (await page.locator(FLASH_ERROR).allInnerTexts()).map((t) => t.trim());
  assert.ok(
    errors.some((t) => t.toLowerCase().includes(text.toLowerCase())),
    `expected an error flash mentioning "${text}" on ${page.url()}; found: ${errors.map((t) => `"${t}"`).join(', ') || 'none'}`,
  );
}

/**
 * Waits until an element matching `selector` reads `expected` (spaces
 * collapsed): for what a script changes in place, with no page load to wait
 * for. Fails saying what the page reads instead.
 */
async function expectTextSoon(page, selector, expected, what) {
  try {
    await page.waitForFunction(
      ([sel, text]) =>
        [...document.querySelectorAll(sel)].some((el) => el.textContent.replace(/\s+/g, ' ').trim() === text),
      [selector, expected],
    );
  } catch {
    const shown = (await page.locator(selector).allTextContents()).map((t) => `"${t.replace(/\s+/g, ' ').trim()}"`);
    assert.fail(`${what}: expected ${selector} to read "${expected}" on ${page.url()}; it reads ${shown.join(', ') || 'nothing'}`);
  }
}

/** What the voter has left, as the page says it now (once, above the vote boxes). */
async function voteLeft(page) {
  const left = page.locator(VOTE_LEFT);
  assert.equal(await left.count(), 1, `${page.url()} says once what the voter has left`);
  return textOf(left);
}

/** The `aria-pressed` of each approval button of a vote box, by its value. */
async function approvalPressed(box) {
  const pressed = {};
  for (const value of ['for', 'against', 'abstain']) {
    pressed[value] = await box.locator(`button[name="choice"][value="${value}"]`).getAttribute('aria-pressed');
  }
  return pressed;
}

/**
 * The cross-group support a result shows, as a number of percent, or -1 when
 * there are not enough groups for one.
 */
async function crossGroupShown(result, T) {
  const text = await textOf(result.locator(CROSS_GROUP));
  if (text === T.crossGroupUndefined) return -1;
  const match = text.match(/^(\d+)\s*%$/);
  assert.ok(match, `cross-group support reads as a percentage or "${T.crossGroupUndefined}": "${text}"`);
  return Number(match[1]);
}

/** A `date` value (YYYY-MM-DD) `days` from today, in UTC. */
function isoDay(days) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** Where the server writes emails when it has no SMTP server (see startServer). */
function mailDir() {
  return path.join(server.tmpDir, 'mail');
}

/** The `.eml` files written so far (none when the folder is not there yet). */
async function mailFiles() {
  try {
    return (await readdir(mailDir())).filter((name) => name.endsWith('.eml'));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

/** Decodes quoted-printable text: soft line breaks, then `=XX` escapes, read as UTF-8. */
function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const escape = joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3));
    if (escape) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A whole email, split into its headers and its decoded text/plain part, or
 * null while the file is still being written (its closing MIME boundary is
 * not there yet).
 */
function parseEmail(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' '); // unfold long headers
  const boundary = headers.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (!boundary || !raw.includes(`--${boundary}--`)) return null;
  const text = raw
    .split(`--${boundary}`)
    .find((part) => /^content-type:\s*text\/plain/im.test(part.split(/\r?\n\r?\n/)[0]));
  if (!text) return { headers, text: '' };
  const partHeaders = text.split(/\r?\n\r?\n/)[0];
  let body = text.slice(partHeaders.length).replace(/^\r?\n\r?\n/, '');
  if (/^content-transfer-encoding:\s*quoted-printable/im.test(partHeaders)) body = decodeQuotedPrintable(body);
  return { headers, text: body };
}

/**
 * Waits for a new email to `to` (one whose file is not in `before`), polling
 * the mail folder a bounded number of times (`attempts`), and returns the
 * newest one's headers and decoded text.
 */
async function awaitEmailTo(to, before, { attempts = MAIL_POLL_ATTEMPTS } = {}) {
  const escaped = to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const addressed = new RegExp(`^To: ${escaped}\r?$`, 'im');
  let seen = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const fresh = (await mailFiles()).filter((name) => !before.includes(name));
    const found = [];
    for (const name of fresh) {
      const file = path.join(mailDir(), name);
      const email = parseEmail(await readFile(file, 'utf8'));
      if (email && addressed.test(email.headers)) found.push({ ...email, file, mtime: (await stat(file)).mtimeMs });
    }
    if (found.length > 0) return found.sort((a, b) => b.mtime - a.mtime)[0];
    seen = fresh;
    await delay(MAIL_POLL_MS);
  }
  assert.fail(
    `no email to ${to} appeared in ${mailDir()} after ${attempts} looks; new files: ${seen.join(', ') || 'none'}`,
  );
}

/**
 * The unread count the header's bell shows, 0 when it shows none; a count
 * must also say, to screen readers, what it counts.
 */
async function bellCount(page, T) {
  await expectPresent(page, page.locator(BELL), 'the header has the notifications bell');
  const count = page.locator(BELL_COUNT);
  const shown = await count.count();
  assert.ok(shown <= 1, `the bell shows at most one count on ${page.url()} (found ${shown})`);
  if (shown === 0) return 0;
  const text = (await count.textContent()).replace(/\s+/g, ' ').trim();
  const match = text.match(/^(\d+) (.*)$/);
  assert.ok(match, `the bell's count is a number and a word on ${page.url()}: "${text}"`);
  assert.equal(match[2], T.unread, `the bell's count says what it counts on ${page.url()}`);
  assert.equal(
    await count.locator('.visually-hidden').count(),
    1,
    `the words after the bell's count are for screen readers only on ${page.url()}`,
  );
  return Number(match[1]);
}

/**
 * Registers an account in `locale` through the form (as a beneficiary, in
 * that language) in a page of `context`, then confirms its address from the
 * link emailed to it. Returns that page, logged in and on /account.
 */
async function registerConfirmed(context, locale, T, { name, email }) {
  const page = await context.newPage();
  await page.goto('/register');
  await chooseLocale(page, locale);
  if (pathname(page) !== '/register') await page.goto('/register');
  const form = formWith(page, 'input[name="display_name"]');
  await form.locator('input[name="display_name"]').fill(name);
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(`correct horse ${RUN_ID}`);
  await form.locator('select[name="stakeholder_group"]').selectOption('beneficiary');
  await form.locator('select[name="locale"]').selectOption(locale.code);
  await form.locator('input[name="privacy_consent"]').check();
  const before = await mailFiles();
  await submitForm(page, form);
  // Registering logs nobody in (the form must not tell whether an address has an account):
  // the emailed link confirms the address and logs in.
  assert.equal(pathname(page), '/register/sent', `registering ${email} ended on ${page.url()}: ${await alertText(page)}`);

  const mail = await awaitEmailTo(email, before);
  const link = mail.text.match(/https?:\/\/\S+?(\/verify-email\/[A-Za-z0-9_-]+)(?![A-Za-z0-9_-])/);
  assert.ok(link, `the email ${mail.file} links to /verify-email/<token>; its text:\n${mail.text}`);
  const confirmed = await page.goto(link[1]);
  await expectLanded(page, confirmed, locale, { at: '/account', label: `the account of ${email}, confirmed`, axe: false });
  await expectFlash(page, T.emailVerified);
  return page;
}

/**
 * Clicks a link that downloads a file, as a visitor would, and returns the
 * name the server suggests for it and its bytes.
 */
async function downloadFrom(page, link) {
  await reveal(link);
  const started = page.waitForEvent('download');
  await link.click();
  const download = await started;
  const failure = await download.failure();
  assert.equal(failure, null, `the download from ${download.url()} failed: ${failure}`);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Fails, saying where, if `text` names an address of the demo's accounts. */
function expectNoDemoEmail(text, what) {
  const at = text.indexOf('@demo.test');
  assert.equal(at, -1, `${what} contains a demo email address: …${text.slice(Math.max(0, at - 60), at + 20)}…`);
}

/** Whether the closed consultation's outcomes are open data now, as anyone asking would find. */
async function closedOutcomesOpen(context) {
  const response = await context.request.get(`/consultations/${CLOSED_CONSULTATION}/outcomes.json`);
  assert.ok([200, 404].includes(response.status()), `outcomes.json answers 200 or 404, not ${response.status()}`);
  return response.status() === 200;
}

// ---------------------------------------------------------------------------
// The keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and typing.
// ---------------------------------------------------------------------------

/**
 * In the page: the element that has focus, or `what: null` when nothing in
 * the page has it, with what a keyboard user needs of it. It must be in view,
 * and show focus, judged twice over: it has an outline or a box shadow now;
 * and the element focused before it (remembered in the page from the previous
 * call) no longer looks the same now that focus has left it, so the indicator
 * comes with focus and is not a permanent border. `index` is the element's
 * place in document order, to check the order of stops.
 */
function focusStop(_, describe) {
  const looks = (el) => {
    const style = getComputedStyle(el);
    return ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'borderColor']
      .map((property) => style[property])
      .join(' | ');
  };
  const el = document.activeElement;
  const previous = window.tavoloFocusProbe;
  const unchanged =
    previous && previous.el !== el && previous.el.isConnected && looks(previous.el) === previous.focused
      ? describe(previous.el)
      : null;
  if (!el || el === document.body || el === document.documentElement) {
    window.tavoloFocusProbe = null;
    return { what: null, unchanged };
  }
  window.tavoloFocusProbe = { el, focused: looks(el) };
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    what: describe(el),
    index: [...document.querySelectorAll('*')].indexOf(el),
    outlined: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    unchanged,
  };
}

/**
 * Presses Tab (Shift+Tab `backwards`) once and returns where focus went (see
 * `focusStop`), failing if it went to an element that does not show focus or
 * is out of view, or if the element it left looked the same with focus.
 */
async function pressTab(page, { backwards = false } = {}) {
  await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  const stop = await page.evaluate(inPage(focusStop));
  assert.equal(stop.unchanged, null, `on ${page.url()}, ${stop.unchanged} looks the same with focus and without`);
  if (stop.what) {
    assert.ok(stop.outlined, `on ${page.url()}, ${stop.what} has focus but no outline or shadow shows it`);
    assert.ok(stop.inView, `on ${page.url()}, ${stop.what} has focus but is out of view`);
  }
  return stop;
}

/**
 * Tabs (Shift+Tabs `backwards`) until `target` has focus, checking every stop
 * on the way as `pressTab` does; does nothing if it has focus already. Fails
 * with the list of the elements visited when `max` presses do not reach it.
 */
async function tabTo(page, target, { max = 40, backwards = false } = {}) {
  const element = await target.elementHandle();
  const focused = () => element.evaluate((el) => el === document.activeElement);
  if (await focused()) return;
  const visited = [];
  for (let press = 1; press <= max; press++) {
    const stop = await pressTab(page, { backwards });
    if (await focused()) return;
    visited.push(stop.what ?? '(out of the page)');
  }
  assert.fail(
    `${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} on ${page.url()} did not reach ${target}; focus went to:\n  ${visited.join('\n  ')}`,
  );
}

/** Waits until `target` has focus (a script may move it), failing with what has it instead. */
async function expectFocused(page, target, what) {
  const element = await target.elementHandle();
  try {
    await page.waitForFunction((el) => el === document.activeElement, element);
  } catch {
    const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    assert.fail(`${what}: focus should be on ${target}, not on ${active} (${page.url()})`);
  }
}

/**
 * With focus on a closed `select`, presses arrow keys until it shows `value`,
 * as a keyboard user picks an option without opening the list.
 */
async function selectByKeyboard(page, select, value) {
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(values.includes(value), `${select} offers "${value}": ${values.join(', ')}`);
  const key = values.indexOf(value) > values.indexOf(await select.inputValue()) ? 'ArrowDown' : 'ArrowUp';
  for (let press = 0; press < values.length && (await select.inputValue()) !== value; press++) {
    await page.keyboard.press(key);
  }
  assert.equal(await select.inputValue(), value, `arrows set ${select} to "${value}"`);
}

/** Presses `key` (Enter on a link or a submit button, say) and waits for the document that answers. */
async function pressToNavigate(page, key) {
  return navigationBy(page, () => page.keyboard.press(key));
}

/**
 * Picks the locale with the header's language switch, by keyboard: Tab to
 * its disclosure, open it with Enter, Tab to the language, Enter. Does
 * nothing when the page is in that locale already.
 */
async function chooseLocaleByKeyboard(page, locale, { backwards = false } = {}) {
  if ((await page.locator('html').getAttribute('lang')) === locale.code) return;
  const disclosure = page.locator('header details.language-switch');
  await tabTo(page, disclosure.locator('summary'), { backwards });
  await page.keyboard.press('Enter');
  await disclosure.and(page.locator('[open]')).waitFor();
  await tabTo(page, disclosure.locator(`button[name="lang"][value="${locale.code}"]`), { max: SWEEP_LOCALES.length });
  await pressToNavigate(page, 'Enter');
  await expectLocale(page, locale);
}

/**
 * In the page: the controls a keyboard user should reach with Tab, in
 * document order: links, buttons, fields and disclosure summaries that are
 * rendered and enabled, and anything with a tabindex of 0. Radio buttons are
 * left out: a group is one stop, and arrows move within it.
 */
function tabbableControls(_, describe) {
  const all = [...document.querySelectorAll('*')];
  const candidates = 'a[href], button, input:not([type="hidden"]):not([type="radio"]), select, textarea, details > summary:first-of-type, [tabindex]';
  return all
    .map((el, index) => ({ el, index }))
    .filter(({ el }) => el.matches(candidates) && !el.disabled && Number(el.getAttribute('tabindex') ?? 0) >= 0)
    .filter(({ el }) => el.checkVisibility({ visibilityProperty: true }))
    .map(({ el, index }) => ({ index, what: describe(el) }));
}

/**
 * Tabs through the whole of the page at `address`, from its top, until focus
 * leaves the page and comes round to its first stop again (a keyboard trap
 * would hold it), within `max` presses. Every stop must show focus and be in
 * view (see `pressTab`); the stops must come in document order, which no
 * positive tabindex may change; and they must include every control a person
 * can see (see `tabbableControls`). Returns how many stops the page has.
 */
async function expectTabsThrough(page, address, { max = 300 } = {}) {
  const response = await page.goto(address);
  assert.equal(response?.status(), 200, `${address} answers 200`);
  const positive = await page
    .locator('[tabindex]')
    .evaluateAll((els) => els.filter((el) => el.tabIndex > 0).map((el) => el.outerHTML.slice(0, 120)));
  assert.deepEqual(positive, [], `${address} reorders Tab with a positive tabindex`);
  const expected = await page.evaluate(inPage(tabbableControls));

  const stops = [];
  const listed = () => stops.map((s) => `  ${s.index ?? '-'}: ${s.what ?? '(out of the page)'}`).join('\n');
  for (let press = 1; ; press++) {
    assert.ok(press <= max, `after ${max} presses of Tab, focus has not come round on ${address}: a trap? It went to:\n${listed()}`);
    const stop = await pressTab(page);
    if (stops.length > 0 && stop.index === stops[0].index) break;
    const last = stops.at(-1);
    if (stop.what && last?.what) {
      assert.ok(stop.index > last.index, `on ${address}, Tab went from ${last.what} to ${stop.what}, not on down the page:\n${listed()}`);
    }
    if (!stop.what) assert.ok(last?.what, `on ${address}, focus stayed out of the page:\n${listed()}`);
    stops.push(stop);
  }
  const reached = new Set(stops.map((s) => s.index));
  const missed = expected.filter((control) => !reached.has(control.index)).map((control) => control.what);
  assert.deepEqual(missed, [], `on ${address}, Tab never reaches these controls:\n  ${missed.join('\n  ')}`);
  return stops.filter((s) => s.what).length;
}

// ---------------------------------------------------------------------------
// The suite.
// ---------------------------------------------------------------------------

describe('Tavolo in a browser', () => {
  before(
    async () => {
      await mkdir(ARTIFACTS, { recursive: true });
      await startServer();
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    },
    { timeout: STARTUP_TIMEOUT_MS + 30_000 },
  );

  after(async () => {
    await browser?.close();
    await stopServer();
    await writeWeightSummary();
  });

  for (const locale of SWEEP ? SWEEP_LOCALES : []) {
    // The personas are different accounts (or none) and the sweep only reads
    // pages, so they walk side by side, each in its own context and each one's
    // pages in order. That keeps two cores busy while pages load and axe runs.
    // (The same persona in two locales must not overlap: the language switch
    // sets the account's language. Hence one locale after the other.)
    describe(`${locale.code}: every page kind`, { concurrency: true }, () => {
      for (const [persona, credentials] of Object.entries(PERSONAS)) {
        const pages = PAGES.filter((p) => p.as.includes(persona));
        if (pages.length === 0) continue;
        // concurrency: 1 because nested suites would inherit `true` and share one page.
        describe(`${locale.code}, ${persona}: every page kind`, { concurrency: 1 }, () => {
          let context;
          let page;

          before(async () => {
            context = await newContext(locale);
            page = await context.newPage();
            await disableCache(page);
            // Log in first: once logged in, the account's language wins over
            // the cookie, so the switch has to be used afterwards to count.
            if (credentials) await logIn(page, credentials);
            else await page.goto('/');
            const clicked = await chooseLocale(page, locale);
            if (!credentials && clicked) {
              assert.equal(await langCookie(context), locale.code, `${LANG_COOKIE} cookie after the switch`);
            }
          });

          after(async () => {
            await context?.close();
          });

          for (const spec of pages) {
            it(`${pageName(spec)} is axe-clean and in ${locale.code}`, { timeout: TEST_TIMEOUT_MS }, async () => {
              await withFailureScreenshot(page, `${locale.code}-${persona}-${pageName(spec)}`, () =>
                checkPage(page, spec, locale, persona),
              );
            });
          }

          if (!credentials) {
            it('home page screenshot', { timeout: TEST_TIMEOUT_MS }, async () => {
              await page.goto('/');
              await expectLocale(page, locale);
              await page.screenshot({ path: path.join(ARTIFACTS, `home-${locale.code}.png`), fullPage: true });
            });

            it('consultation page screenshot', { timeout: TEST_TIMEOUT_MS }, async () => {
              const response = await page.goto('/consultations/demo');
              assert.equal(response?.status(), 200, '/consultations/demo answers 200');
              await expectLocale(page, locale);
              await page.screenshot({ path: path.join(ARTIFACTS, `consultation-${locale.code}.png`), fullPage: true });
            });

            // The upcoming meeting's calendar file: a download (text/calendar), so it is
            // fetched rather than swept.
            it('the calendar file of the demo\'s upcoming meeting', { timeout: TEST_TIMEOUT_MS }, async () => {
              const address = `/meetings/${(await demoIds()).upcomingMeeting}.ics`;
              const response = await context.request.get(address);
              assert.equal(response.status(), 200, `${address} answers 200`);
              assert.match(response.headers()['content-type'] ?? '', /^text\/calendar/, `${address} is a calendar`);
              const text = await response.text();
              assert.ok(text.includes('BEGIN:VEVENT'), `${address} holds an event`);
            });

            it('proposal thread screenshot', { timeout: TEST_TIMEOUT_MS }, async () => {
              const address = `/proposals/${(await demoIds()).threadProposal}`;
              const response = await page.goto(address);
              assert.equal(response?.status(), 200, `${address} answers 200`);
              await expectLocale(page, locale);
              await page.screenshot({ path: path.join(ARTIFACTS, `proposal-${locale.code}.png`), fullPage: true });
            });
          }
        });
      }
    });
  }

  // The flows change data (new accounts, a new consultation), so they come
  // after every sweep. The account flows and the consultation flow touch
  // different accounts and pages, so they run side by side; each keeps its
  // own steps in order.
  describe('flows', { concurrency: true, skip: FLOWS_ELSEWHERE }, () => {
    describe('accounts', { concurrency: 1 }, () => {
      for (const locale of LOCALES) {
        describe(`${locale.code}: flows`, { concurrency: 1 }, () => {
          // With scripts and without: the language switch, the form and the log-out button
          // are plain HTML and must work either way.
          for (const javaScriptEnabled of [true, false]) {
            const nojs = javaScriptEnabled ? '' : '-nojs';
            it(`registers, confirms by email, lands on the account page, logs out${javaScriptEnabled ? '' : ' with JavaScript disabled'}`, { timeout: TEST_TIMEOUT_MS }, async () => {
              const context = await newContext(locale, { javaScriptEnabled });
              try {
                const page = await context.newPage();
                await page.goto('/register');
                if (await chooseLocale(page, locale)) {
                  assert.equal(await langCookie(context), locale.code, `${LANG_COOKIE} cookie after the switch`);
                }
                if (pathname(page) !== '/register') await page.goto('/register');

                await withFailureScreenshot(page, `${locale.code}-register${nojs}`, async () => {
                  const email = `register-${locale.code}${nojs}-${RUN_ID}@example.test`;
                  const form = formWith(page, 'input[name="display_name"]');
                  await form.locator('input[name="display_name"]').fill(`Browser Test ${locale.code}${nojs}`);
                  await form.locator('input[name="email"]').fill(email);
                  await form.locator('input[name="password"]').fill(`correct horse ${RUN_ID}`);
                  await form.locator('select[name="stakeholder_group"]').selectOption('beneficiary');
                  await form.locator('input[name="organisation"]').fill('');
                  await form.locator('select[name="locale"]').selectOption(locale.code);
                  await form.locator('input[name="privacy_consent"]').check();
                  const before = await mailFiles();
                  await submitForm(page, form);

                  assert.equal(pathname(page), '/register/sent', `registration ended on ${page.url()}: ${await alertText(page)}`);
                  await expectLocale(page, locale);
                  const mail = await awaitEmailTo(email, before);
                  const link = mail.text.match(/https?:\/\/\S+?(\/verify-email\/[A-Za-z0-9_-]+)(?![A-Za-z0-9_-])/);
                  assert.ok(link, `the email ${mail.file} links to /verify-email/<token>; its text:\n${mail.text}`);
                  await page.goto(link[1]);
                  assert.equal(pathname(page), '/account', `the emailed link ended on ${page.url()}`);
                  // The address may be shown as text or as the value of an edit field.
                  const shown = page.getByText(email).or(page.locator(`input[value="${email}"]`));
                  await expectPresent(page, shown, 'the account page shows the new email address');
                  await expectLocale(page, locale);

                  await submitWith(page, page.locator(LOGOUT_BUTTON).first());
                  await expectPresent(page, page.locator(LOGIN_LINK), 'after logging out, the header links to /login');
                  await expectAbsent(page, page.locator(LOGOUT_BUTTON), 'after logging out, no log-out button');
                });
              } finally {
                await context.close();
              }
            });
          }

          it('logs in as the demo beneficiary', { timeout: TEST_TIMEOUT_MS }, async () => {
            const context = await newContext(locale);
            try {
              const page = await context.newPage();
              await page.goto('/login');
              await chooseLocale(page, locale);
              await withFailureScreenshot(page, `${locale.code}-login`, () => logIn(page, PERSONAS.beneficiary));
            } finally {
              await context.close();
            }
          });

          it('re-renders an empty registration with a linked error summary', { timeout: TEST_TIMEOUT_MS }, async () => {
            const context = await newContext(locale);
            try {
              const page = await context.newPage();
              await page.goto('/register');
              await chooseLocale(page, locale);
              if (pathname(page) !== '/register') await page.goto('/register');

              await withFailureScreenshot(page, `${locale.code}-register-errors`, async () => {
                const form = formWith(page, 'input[name="display_name"]');
                // `required` attributes would stop the browser from sending an empty
                // form; switch that off to see what the server says, as it must for
                // clients that skip HTML validation.
                await form.evaluate((f) => {
                  f.noValidate = true;
                });
                await submitForm(page, form);

                assert.equal(pathname(page), '/register', 'an invalid registration stays on /register');
                const summary = page.locator(ERROR_SUMMARY).first();
                await summary.waitFor({ state: 'visible' });

                const hrefs = await summary.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
                assert.ok(hrefs.length > 0, `the error summary links to the fields: ${await summary.innerText()}`);

                // Each link must land on a real element; collect which fields they name.
                const linked = new Set();
                for (const href of hrefs) {
                  const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
                  assert.equal(await target.count(), 1, `error summary link ${href} points at exactly one element`);
                  const name = await target.evaluate(
                    (el) => el.getAttribute('name') ?? el.querySelector('input, select, textarea')?.getAttribute('name'),
                  );
                  if (name) linked.add(name);
                }
                for (const field of ['display_name', 'email', 'password', 'privacy_consent']) {
                  assert.ok(linked.has(field), `error summary links to ${field} (it links to: ${[...linked].join(', ') || hrefs.join(', ')})`);
                }

                await expectLocale(page, locale);
                await expectAxeClean(page, `/register with errors (${locale.code})`);
              });
            } finally {
              await context.close();
            }
          });

          it('logs in with JavaScript disabled', { timeout: TEST_TIMEOUT_MS }, async () => {
            const context = await newContext(locale, { javaScriptEnabled: false });
            try {
              const page = await context.newPage();
              await page.goto('/login');
              await chooseLocale(page, locale);
              await withFailureScreenshot(page, `${locale.code}-login-nojs`, () => logIn(page, PERSONAS.beneficiary));
            } finally {
              await context.close();
            }
          });
        });
      }
    });

    describe(`${FLOW_LOCALE}: a consultation from creation to its first round`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const title = `Browser test ${RUN_ID}`;
      const newcomer = `newcomer-${RUN_ID}@example.org`;
      // Three rounds in order, well in the future and not overlapping.
      const ROUNDS = [
        { title: 'Raccolta delle proposte', opens: localDateTime(10, 9), closes: localDateTime(12, 18), results: 'live' },
        { title: 'Discussione e sostegno', opens: localDateTime(20, 9), closes: localDateTime(22, 18), results: 'after_close' },
        { title: 'Risposte e valutazione', opens: localDateTime(30, 9), closes: localDateTime(32, 18), results: 'live' },
      ];

      // One context per persona, each logged in (or not) and switched to the locale once.
      const personas = personaPages(locale);
      const pageAs = (persona) => personas.pageAs(persona);
      let slug; // set by the first step, read from the console's address
      let consolePath;

      function needConsultation() {
        assert.ok(slug, 'an earlier step did not create the consultation');
      }

      after(() => personas.close());

      it('the coordinator creates a draft consultation', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await pageAs('coordinator');
        await withFailureScreenshot(page, 'flow-create', async () => {
          const response = await page.goto('/manage/consultations/new');
          await expectLanded(page, response, locale, { at: '/manage/consultations/new', label: 'new consultation form' });

          const form = page.locator('main form', { has: page.locator('input[name="title"]') });
          await form.locator('input[name="title"]').fill(title);
          await form.locator('input[name="slug"]').fill(''); // the server derives it from the title
          await form.locator('textarea[name="summary"]').fill('Una consultazione creata dalla suite del browser.');
          await form
            .locator('textarea[name="body"]')
            .fill('Perché ne parliamo:\n\n- la **casa**, prima di tutto;\n- il *lavoro*, subito dopo.\n');
          await form.locator('input[name="themes"]').fill('Casa, Lavoro');
          assert.ok(
            await form.locator('input[name="visibility"][value="public"]').isChecked(),
            'a new consultation starts public',
          );
          const answer = await submitWith(page, form.locator('button[type="submit"].button'));

          const match = pathname(page).match(/^\/manage\/consultations\/([^/]+)$/);
          assert.ok(match, `saving the new consultation ended on ${page.url()}: ${await alertText(page)}`);
          slug = decodeURIComponent(match[1]);
          consolePath = `/manage/consultations/${slug}`;
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console of the new consultation' });
          await expectFlash(page, T.consultationCreated);
          assert.equal(await textOf(page.locator('main h1')), title, 'the console is titled after the consultation');
          assert.equal(await textOf(page.locator(CONSOLE_STATUS_BADGE)), T.draft, 'a new consultation is a draft');
        });
      });

      it('the coordinator appoints a facilitator', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const page = await pageAs('coordinator');
        await withFailureScreenshot(page, 'flow-appoint', async () => {
          if (pathname(page) !== consolePath) await page.goto(consolePath);
          await page.locator('#appoint-facilitator').fill(PERSONAS.partner.email);
          const answer = await submitWith(page, page.locator('form:has(#appoint-facilitator) button'));
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console after appointing' });
          await expectFlash(page, T.facilitatorAppointed);
          const people = page.locator('ul.people');
          assert.equal(await people.count(), 1, 'the console lists the people of the consultation');
          assert.ok(
            (await textOf(people)).includes(PARTNER_NAME),
            `the people list names ${PARTNER_NAME}: ${await textOf(people)}`,
          );
        });
      });

      it('the new facilitator adds three rounds', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const page = await pageAs('partner');
        await withFailureScreenshot(page, 'flow-rounds', async () => {
          const response = await page.goto(consolePath);
          await expectLanded(page, response, locale, { at: consolePath, label: 'console, as the appointed facilitator' });

          for (const [index, round] of ROUNDS.entries()) {
            const link = page.locator('a[href$="/rounds/new"]', { hasText: T.addRound });
            const formAnswer = await submitWith(page, link.first());
            await expectLanded(page, formAnswer, locale, { at: `${consolePath}/rounds/new`, label: 'new round form' });

            const form = page.locator('main form', { has: page.locator('input[name="opens_at"]') });
            for (const ticked of ['allows_proposals', 'allows_comments']) {
              assert.ok(await form.locator(`input[name="${ticked}"]`).isChecked(), `${ticked} is ticked for a new round`);
            }
            await form.locator('input[name="title"]').fill(round.title);
            await form.locator('textarea[name="description"]').fill(`Fase ${index + 1} della prova.`);
            await form.locator('input[name="opens_at"]').fill(round.opens);
            await form.locator('input[name="closes_at"]').fill(round.closes);
            await form.locator('input[name="allows_voting"]').check();
            await form.locator('select[name="vote_rule"]').selectOption('support');
            await form.locator('input[name="vote_limit"]').fill('3');
            await form.locator('select[name="results_visibility"]').selectOption(round.results);
            const answer = await submitWith(page, form.locator('button[type="submit"].button'));

            await expectLanded(page, answer, locale, { at: consolePath, label: `console after adding round ${index + 1}` });
            await expectFlash(page, T.roundCreated);
            const listed = page.locator(CONSOLE_ROUNDS);
            assert.equal(await listed.count(), index + 1, `the console lists ${index + 1} round(s)`);
            const item = listed.nth(index);
            assert.ok((await textOf(item.locator('h3'))).includes(round.title), `round ${index + 1} is "${round.title}"`);
            assert.equal(await textOf(item.locator('h3 .badge')), T.upcoming, `round ${index + 1} is upcoming`);
          }
        });
      });

      it('refuses a round that closes before it opens, with a linked error', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const page = await pageAs('partner');
        await withFailureScreenshot(page, 'flow-round-invalid', async () => {
          const response = await page.goto(`${consolePath}/rounds/new`);
          await expectLanded(page, response, locale, { at: `${consolePath}/rounds/new`, label: 'new round form' });
          const form = page.locator('main form', { has: page.locator('input[name="opens_at"]') });
          await form.locator('input[name="title"]').fill('Fase al contrario');
          await form.locator('input[name="opens_at"]').fill(localDateTime(60, 9));
          await form.locator('input[name="closes_at"]').fill(localDateTime(59, 18));
          const answer = await submitWith(page, form.locator('button[type="submit"].button'));

          await expectLanded(page, answer, locale, {
            status: 422,
            at: `${consolePath}/rounds/new`,
            label: 'new round form with a backwards schedule',
          });
          const summary = page.locator('.error-summary');
          assert.equal(await summary.count(), 1, 'the re-rendered form has an error summary');
          assert.equal(
            await summary.locator('a[href="#closes_at"]').count(),
            1,
            `the summary links to #closes_at: ${await textOf(summary)}`,
          );
          const field = page.locator('[id="closes_at"]');
          assert.equal(await field.count(), 1, '#closes_at is exactly one element');
          assert.equal(await field.getAttribute('name'), 'closes_at', '#closes_at is the closing time field');
          assert.equal(await field.getAttribute('aria-invalid'), 'true', '#closes_at is marked invalid');
          const describedBy = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
          assert.ok(
            describedBy.includes('closes_at-error'),
            `#closes_at is described by its error (aria-describedby="${describedBy.join(' ')}")`,
          );
          assert.equal(await page.locator('[id="closes_at-error"]').count(), 1, 'the closing time has its error message');
          const keptTitle = await form.locator('input[name="title"]').inputValue();
          assert.equal(keptTitle, 'Fase al contrario', 'what was typed is kept');
        });
      });

      it('the facilitator invites a member', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const page = await pageAs('partner');
        await withFailureScreenshot(page, 'flow-invite', async () => {
          const response = await page.goto(consolePath);
          await expectLanded(page, response, locale, { at: consolePath, label: 'console' });
          await page.locator('#invite-member').fill(newcomer);
          const answer = await submitWith(page, page.locator('form:has(#invite-member) button'));
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console after inviting' });
          await expectFlash(page, T.invitationSent);
          const pending = page
            .locator('main h3', { hasText: T.pendingInvitations })
            .locator('xpath=following-sibling::*[1][self::ul]');
          assert.equal(await pending.count(), 1, `a "${T.pendingInvitations}" list follows its heading`);
          const listed = await textOf(pending);
          assert.ok(listed.includes(newcomer), `pending invitations include ${newcomer}: ${listed}`);
        });
      });

      it('the facilitator publishes it, and it becomes public', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const anonymous = await pageAs('anonymous');
        const page = await pageAs('partner');
        const publicPath = `/consultations/${slug}`;

        await withFailureScreenshot(anonymous, 'flow-draft-hidden', async () => {
          const response = await anonymous.goto(publicPath);
          await expectLanded(anonymous, response, locale, { status: 404, at: publicPath, label: 'a draft, logged out' });
        });

        await withFailureScreenshot(page, 'flow-publish', async () => {
          if (pathname(page) !== consolePath) await page.goto(consolePath);
          const publish = page.locator('form[action$="/status"]:has(input[name="status"][value="published"]) button', {
            hasText: T.publish,
          });
          const answer = await submitWith(page, publish.first());
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console after publishing' });
          await expectFlash(page, T.consultationPublished);
          assert.equal(await textOf(page.locator(CONSOLE_STATUS_BADGE)), T.published, 'the console shows it published');
        });

        await withFailureScreenshot(anonymous, 'flow-public', async () => {
          const response = await anonymous.goto(publicPath);
          await expectLanded(anonymous, response, locale, {
            at: publicPath,
            label: 'the published consultation, logged out',
          });
          assert.equal(await textOf(anonymous.locator('main h1')), title, 'the public page is titled after it');
          const themes = await anonymous.locator('main a.theme').allInnerTexts();
          assert.deepEqual(themes.map((t) => t.trim()).sort(), ['Casa', 'Lavoro'], 'the themes are shown as links');
          const bold = anonymous.locator('main .prose strong', { hasText: 'casa' });
          assert.equal(await bold.count(), 1, 'the body Markdown is rendered');
        });
      });

      it('the facilitator opens the first round, then closes it', { timeout: TEST_TIMEOUT_MS }, async () => {
        needConsultation();
        const anonymous = await pageAs('anonymous');
        const page = await pageAs('partner');
        const publicPath = `/consultations/${slug}`;
        const first = page.locator(CONSOLE_ROUNDS).first();

        /** The public timeline: a <time datetime> for both ends of every round, one current round. */
        async function expectTimeline(current, firstBadge) {
          const response = await anonymous.goto(publicPath);
          await expectLanded(anonymous, response, locale, {
            at: publicPath,
            label: `the timeline, round ${current + 1} current`,
          });
          const items = anonymous.locator(TIMELINE_ROUNDS);
          assert.equal(await items.count(), ROUNDS.length, 'the timeline shows every round');
          for (const [index, round] of ROUNDS.entries()) {
            const times = await items
              .nth(index)
              .locator('time[datetime]')
              .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
            assert.equal(times.length, 2, `round "${round.title}" has a <time datetime> for its opening and its closing`);
            for (const value of times) {
              assert.ok(!Number.isNaN(Date.parse(value)), `"${value}" in round "${round.title}" is a machine-readable date`);
            }
          }
          const highlighted = anonymous.locator('[aria-current="step"]');
          assert.equal(await highlighted.count(), 1, 'exactly one round is marked aria-current="step"');
          assert.ok(
            (await textOf(highlighted.locator('h3'))).includes(ROUNDS[current].title),
            `the current round is "${ROUNDS[current].title}", not "${await textOf(highlighted.locator('h3'))}"`,
          );
          const firstState = await textOf(items.first().locator('h3 .badge'));
          assert.equal(firstState, firstBadge, "the first round's state on the timeline");
        }

        await withFailureScreenshot(page, 'flow-open-round', async () => {
          if (pathname(page) !== consolePath) await page.goto(consolePath);
          const open = first.locator('form[action$="/open"] button', { hasText: T.openNow });
          const answer = await submitWith(page, open);
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console after opening a round' });
          await expectFlash(page, T.roundOpened);
          assert.equal(await textOf(first.locator('h3 .badge')), T.open, 'the first round is open');
        });
        await withFailureScreenshot(anonymous, 'flow-timeline-open', () => expectTimeline(0, T.open));

        await withFailureScreenshot(page, 'flow-close-round', async () => {
          const close = first.locator('form[action$="/close"] button', { hasText: T.closeNow });
          const answer = await submitWith(page, close);
          await expectLanded(page, answer, locale, { at: consolePath, label: 'console after closing a round' });
          await expectFlash(page, T.roundClosed);
          assert.equal(await textOf(first.locator('h3 .badge')), T.closed, 'the first round is closed');
        });
        await withFailureScreenshot(anonymous, 'flow-timeline-closed', () => expectTimeline(1, T.closed));
      });
    });

    describe(`${FLOW_LOCALE}: proposals and discussion in the demo consultation`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const newPath = `${DEMO_PROPOSALS}/new`;
      const consolePath = `/manage/consultations/${DEMO_CONSULTATION}`;
      // The proposal is written in French (the text's language need not be the page's).
      const proposalTitle = `Des cours du soir à la bibliothèque ${RUN_ID}`;
      const proposalBody = 'Nous proposons :\n\n- des cours **le soir** ;\n- une *garderie* pour les enfants.\n';
      const bodyPhrase = 'le soir'; // rendered in <strong>, and absent while the proposal is hidden
      const commentText = `Le biblioteche chiudono alle sette: non basta. ${RUN_ID}`;
      const replyText = `Alcune restano aperte fino alle dieci. ${RUN_ID}`;
      const flagReason = 'Sembra un doppione di un’altra proposta.';
      const hideReason = `Nascosta per verifica dalla suite del browser ${RUN_ID}`;
      const justification = `Le biblioteche non hanno personale la sera; ne riparleremo a bilancio approvato. ${RUN_ID}`;

      const personas = personaPages(locale);
      let proposalPath; // set by the first step, read from the address it lands on

      function needProposal() {
        assert.ok(proposalPath, 'an earlier step did not publish the proposal');
      }

      after(() => personas.close());

      it('a participant is told what is missing, previews, then publishes a proposal', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('beneficiary');
        await withFailureScreenshot(page, 'flow-proposal-new', async () => {
          const response = await page.goto(newPath);
          await expectLanded(page, response, locale, { at: newPath, label: 'new proposal form' });
          const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
          const publish = form.locator('button[name="action"][value="publish"]');
          const preview = form.locator('button[name="action"][value="preview"]');

          const refused = await submitWith(page, publish);
          await expectLanded(page, refused, locale, { status: 422, at: newPath, label: 'an empty proposal' });
          const summary = page.locator('.error-summary');
          assert.equal(await summary.count(), 1, 'the re-rendered form has an error summary');
          for (const field of ['title', 'body']) {
            assert.equal(
              await summary.locator(`a[href="#${field}"]`).count(),
              1,
              `the summary links to #${field}: ${await textOf(summary)}`,
            );
            const target = page.locator(`[id="${field}"]`);
            assert.equal(await target.count(), 1, `#${field} is exactly one element`);
            assert.equal(await target.getAttribute('name'), field, `#${field} is the ${field} field`);
          }

          await form.locator('input[name="title"]').fill(proposalTitle);
          await form.locator('textarea[name="body"]').fill(proposalBody);
          await form.locator('select[name="language"]').selectOption('fr');
          const previewed = await submitWith(page, preview);
          await expectLanded(page, previewed, locale, { at: newPath, label: 'the proposal previewed' });
          const shown = page.locator(PREVIEW);
          assert.equal(await shown.count(), 1, 'the preview section is shown');
          assert.equal(await shown.locator('strong', { hasText: bodyPhrase }).count(), 1, 'the preview renders **bold**');
          assert.equal(await shown.locator('em', { hasText: 'garderie' }).count(), 1, 'the preview renders *emphasis*');
          assert.equal(await shown.locator('ul > li').count(), 2, 'the preview renders the list');
          assert.equal(await shown.locator('[lang="fr"]').count(), 1, 'the preview is marked as French');
          assert.equal(await form.locator('input[name="title"]').inputValue(), proposalTitle, 'the title is kept');
          assert.equal(await form.locator('textarea[name="body"]').inputValue(), proposalBody, 'the text is kept');
          assert.equal(await form.locator('select[name="language"]').inputValue(), 'fr', 'the language is kept');

          const published = await submitWith(page, publish);
          const match = pathname(page).match(/^\/proposals\/(\d+)$/);
          assert.ok(match, `publishing the proposal ended on ${page.url()}: ${await alertText(page)}`);
          proposalPath = match[0];
          await expectLanded(page, published, locale, { at: proposalPath, label: 'the new proposal' });
          await expectFlash(page, T.proposalPublished);
          const heading = page.locator('main h1');
          assert.equal(await textOf(heading), proposalTitle, 'the proposal page is titled after it');
          assert.equal(await heading.getAttribute('lang'), 'fr', 'the title is marked as French');
          assert.equal(
            await page.locator('main article .prose strong', { hasText: bodyPhrase }).count(),
            1,
            'the proposal text is rendered',
          );
        });
      });

      it('an institution comments against it, then replies for it', { timeout: TEST_TIMEOUT_MS }, async () => {
        needProposal();
        const page = await personas.pageAs('institution');
        await withFailureScreenshot(page, 'flow-comment', async () => {
          const response = await page.goto(proposalPath);
          await expectLanded(page, response, locale, { at: proposalPath, label: 'the proposal, to comment' });
          const form = page.locator(`main form[action="${proposalPath}/comments"]`);
          assert.equal(await form.count(), 1, 'the proposal page has a comment form');
          await form.locator('textarea[name="body"]').fill(commentText);
          await form.locator('input[name="stance"][value="against"]').check();
          const commented = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, commented, locale, { at: proposalPath, label: 'the proposal after commenting' });
          await expectFlash(page, T.commentPublished);

          const comment = page.locator(COMMENT, { hasText: commentText });
          assert.equal(await comment.count(), 1, 'the comment is in the thread');
          assert.equal(await textOf(comment.locator(STANCE_BADGE)), T.against, 'the comment carries its stance');
          const level = (await comment.getAttribute('class')).match(/\bcomment--level-(\d+)\b/)?.[1];
          assert.ok(level !== undefined, `the comment has a level class: "${await comment.getAttribute('class')}"`);

          const replyLink = comment.locator('a[href$="/reply"]', { hasText: T.reply });
          assert.equal(await replyLink.count(), 1, `the comment offers "${T.reply}"`);
          const replyPath = await replyLink.getAttribute('href');
          const replyPage = await submitWith(page, replyLink);
          await expectLanded(page, replyPage, locale, { at: replyPath, label: 'the reply form' });
          const replyForm = page.locator('main form', { has: page.locator('textarea[name="body"]') });
          await replyForm.locator('textarea[name="body"]').fill(replyText);
          await replyForm.locator('input[name="stance"][value="for"]').check();
          const replied = await submitWith(page, replyForm.locator(SUBMIT).first());
          await expectLanded(page, replied, locale, { at: proposalPath, label: 'the proposal after replying' });
          await expectFlash(page, T.commentPublished);

          const reply = page.locator(COMMENT, { hasText: replyText });
          assert.equal(await reply.count(), 1, 'the reply is in the thread');
          const deeper = `comment--level-${Number(level) + 1}`;
          assert.ok(
            (await reply.getAttribute('class')).split(/\s+/).includes(deeper),
            `the reply is one level deeper (${deeper}): "${await reply.getAttribute('class')}"`,
          );
          assert.equal(await textOf(reply.locator(STANCE_BADGE)), T.for, 'the reply carries its stance');
          const next = page.locator(COMMENT, { hasText: commentText }).locator('xpath=following-sibling::li[1]');
          assert.ok((await textOf(next)).includes(replyText), 'the reply follows the comment it answers');
        });
      });

      it('a partner reports it, and is told when reporting it twice', { timeout: TEST_TIMEOUT_MS }, async () => {
        needProposal();
        const page = await personas.pageAs('partner');
        await withFailureScreenshot(page, 'flow-flag', async () => {
          const response = await page.goto(proposalPath);
          await expectLanded(page, response, locale, { at: proposalPath, label: 'the proposal, to report it' });
          // Reporting sends the visitor back to the proposal, where the second report is sent from.
          for (const expected of [T.flagged, T.alreadyFlagged]) {
            const flag = page.locator('main details.flag', {
              has: page.locator('summary', { hasText: T.flagProposal }),
            });
            assert.equal(await flag.count(), 1, `the proposal has a "${T.flagProposal}" disclosure`);
            await flag.locator('summary').click();
            const reason = flag.locator('textarea[name="reason"]');
            await reason.waitFor({ state: 'visible' });
            await reason.fill(flagReason);
            const sent = await submitWith(page, flag.locator(SUBMIT).first());
            await expectLanded(page, sent, locale, { at: proposalPath, label: 'the proposal after reporting it' });
            await expectFlash(page, expected);
          }
        });
      });

      it('the facilitator hides the reported proposal from the console, then restores it', { timeout: TEST_TIMEOUT_MS }, async () => {
        needProposal();
        const page = await personas.pageAs('facilitator');
        const anonymous = await personas.pageAs('anonymous');

        await withFailureScreenshot(page, 'flow-hide', async () => {
          const response = await page.goto(consolePath);
          await expectLanded(page, response, locale, { at: consolePath, label: 'console with a report' });
          const item = page.locator(MODERATION_QUEUE, { has: page.locator(`a[href="${proposalPath}"]`) });
          assert.equal(await item.count(), 1, `#moderation lists the reported proposal ${proposalPath}`);
          assert.ok((await textOf(item)).includes(flagReason), `the report's reason is shown: ${await textOf(item)}`);
          await item.locator('input[name="reason"]').fill(hideReason);
          const hidden = await submitWith(page, item.locator('button[name="decision"][value="hide"]', { hasText: T.hide }));
          await expectLanded(page, hidden, locale, { at: consolePath, label: 'console after hiding' });
          await expectFlash(page, T.contentHidden);
        });

        await withFailureScreenshot(anonymous, 'flow-hidden-public', async () => {
          const response = await anonymous.goto(proposalPath);
          await expectLanded(anonymous, response, locale, { at: proposalPath, label: 'a hidden proposal, logged out' });
          const notice = anonymous.locator('main .notice', { hasText: T.hiddenBecause });
          assert.equal(await notice.count(), 1, `a "${T.hiddenBecause}" notice is shown`);
          assert.ok((await textOf(notice)).includes(hideReason), `the notice gives the reason: ${await textOf(notice)}`);
          assert.ok(!(await textOf(anonymous.locator('main'))).includes(bodyPhrase), 'the hidden text is not shown');
        });

        await withFailureScreenshot(page, 'flow-restore', async () => {
          const response = await page.goto(proposalPath);
          await expectLanded(page, response, locale, { at: proposalPath, label: 'a hidden proposal, as its facilitator' });
          const restore = page.locator('main button[name="decision"][value="restore"]', { hasText: T.restore });
          assert.equal(await restore.count(), 1, `the facilitator is offered "${T.restore}"`);
          const restored = await submitWith(page, restore);
          await expectLanded(page, restored, locale, { label: 'after restoring' });
          await expectFlash(page, T.contentRestored);
        });

        await withFailureScreenshot(anonymous, 'flow-restored-public', async () => {
          const response = await anonymous.goto(proposalPath);
          await expectLanded(anonymous, response, locale, { at: proposalPath, label: 'a restored proposal, logged out' });
          assert.equal(await anonymous.locator('main .notice', { hasText: T.hiddenBecause }).count(), 0, 'no hidden notice');
          assert.equal(
            await anonymous.locator('main article .prose strong', { hasText: bodyPhrase }).count(),
            1,
            'the text is shown again',
          );
        });
      });

      it('the facilitator answers it, with the justification a final answer needs', { timeout: TEST_TIMEOUT_MS }, async () => {
        needProposal();
        const page = await personas.pageAs('facilitator');
        const anonymous = await personas.pageAs('anonymous');
        await withFailureScreenshot(page, 'flow-answer', async () => {
          const response = await page.goto(proposalPath);
          await expectLanded(page, response, locale, { at: proposalPath, label: 'the proposal, to answer it' });
          const form = page.locator('#answer form');
          assert.equal(await form.count(), 1, 'the facilitator has the answer form');
          await form.locator('select[name="answer"]').selectOption('rejected');
          await form.locator('textarea[name="justification"]').fill('');
          const refused = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, refused, locale, { at: proposalPath, label: 'a final answer without justification' });
          await expectFlashError(page, T.justificationMissing);
          assert.notEqual(await textOf(page.locator('#answer > p > strong')), T.rejected, 'the answer was not saved');

          await form.locator('select[name="answer"]').selectOption('rejected');
          await form.locator('textarea[name="justification"]').fill(justification);
          const saved = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, saved, locale, { at: proposalPath, label: 'the proposal answered' });
          await expectFlash(page, T.answerSaved);
        });

        await withFailureScreenshot(anonymous, 'flow-answer-public', async () => {
          const response = await anonymous.goto(proposalPath);
          await expectLanded(anonymous, response, locale, { at: proposalPath, label: 'the answered proposal, logged out' });
          assert.equal(await textOf(anonymous.locator('#answer > p > strong')), T.rejected, `the answer is "${T.rejected}"`);
          assert.equal(await textOf(anonymous.locator('#answer .justification')), justification, 'the justification is shown');
        });
      });

      it('publishes a proposal and a comment, and follows it, with JavaScript disabled', { timeout: TEST_TIMEOUT_MS }, async () => {
        const context = await newContext(locale, { javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await withFailureScreenshot(page, 'flow-proposal-nojs', async () => {
            await logIn(page, PERSONAS.beneficiary);
            await chooseLocale(page, locale);
            const title = `Proposta senza JavaScript ${RUN_ID}`;
            const comment = `Un commento senza JavaScript ${RUN_ID}`;

            const response = await page.goto(newPath);
            assert.equal(response?.status(), 200, `${newPath} answers 200`);
            const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
            await form.locator('input[name="title"]').fill(title);
            await form.locator('textarea[name="body"]').fill('Funziona anche **senza** script.');
            const published = await submitWith(page, form.locator('button[name="action"][value="publish"]'));
            assert.equal(published.status(), 200, `publishing answered ${published.status()}: ${await alertText(page)}`);
            const match = pathname(page).match(/^\/proposals\/(\d+)$/);
            assert.ok(match, `publishing without JavaScript ended on ${page.url()}: ${await alertText(page)}`);
            await expectLocale(page, locale);
            await expectFlash(page, T.proposalPublished);
            assert.equal(await textOf(page.locator('main h1')), title, 'the proposal page is titled after it');

            const commentForm = page.locator(`main form[action="${match[0]}/comments"]`);
            await commentForm.locator('textarea[name="body"]').fill(comment);
            const commented = await submitWith(page, commentForm.locator(SUBMIT).first());
            assert.equal(commented.status(), 200, `commenting answered ${commented.status()}: ${await alertText(page)}`);
            assert.equal(pathname(page), match[0], 'commenting returns to the proposal');
            await expectFlash(page, T.commentPublished);
            assert.equal(await page.locator(COMMENT, { hasText: comment }).count(), 1, 'the comment is in the thread');

            // Following is a plain form too: follow, then stop, as the button offers each in turn.
            for (const [offered, flash, next] of [[T.follow, T.followed, T.unfollow], [T.unfollow, T.unfollowed, T.follow]]) {
              const button = page.locator(FOLLOW_BUTTON);
              assert.equal(await textOf(button), offered, `the proposal page offers "${offered}"`);
              const followed = await submitWith(page, button);
              assert.equal(followed.status(), 200, `"${offered}" answered ${followed.status()}: ${await alertText(page)}`);
              assert.equal(pathname(page), match[0], `"${offered}" returns to the proposal`);
              await expectFlash(page, flash);
              assert.equal(await textOf(page.locator(FOLLOW_BUTTON)), next, `then it offers "${next}"`);
            }
          });
        } finally {
          await context.close();
        }
      });
    });

    describe(`${FLOW_LOCALE}: a co-author invited by email`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const newPath = `${DEMO_PROPOSALS}/new`;
      const coauthor = PERSONAS.institution.email;
      const proposalTitle = `Uno sportello unico per i documenti ${RUN_ID}`;
      const proposalBody = 'Un solo sportello, con **orari serali**, per permessi e residenza.\n';

      const personas = personaPages(locale);
      let proposalPath; // set by the first step, read from the address it lands on
      let invitationPath; // /coauthors/<token>, read from the email

      after(() => personas.close());

      it('the author publishes a proposal and invites a co-author, who is emailed a link', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('beneficiary');
        await withFailureScreenshot(page, 'flow-coauthor-invite', async () => {
          const response = await page.goto(newPath);
          await expectLanded(page, response, locale, { at: newPath, label: 'new proposal form, to invite a co-author' });
          const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
          await form.locator('input[name="title"]').fill(proposalTitle);
          await form.locator('textarea[name="body"]').fill(proposalBody);
          await form.locator('select[name="language"]').selectOption(FLOW_LOCALE);
          const published = await submitWith(page, form.locator('button[name="action"][value="publish"]'));
          const match = pathname(page).match(/^\/proposals\/(\d+)$/);
          assert.ok(match, `publishing the proposal ended on ${page.url()}: ${await alertText(page)}`);
          proposalPath = match[0];
          await expectLanded(page, published, locale, { at: proposalPath, label: 'the proposal to co-author' });
          await expectFlash(page, T.proposalPublished);

          const invite = page.locator('#coauthors form', { has: page.locator('#coauthor-email') });
          assert.equal(await invite.count(), 1, 'the author is offered the co-author invitation form in #coauthors');
          await invite.locator('#coauthor-email').fill(coauthor);
          const before = await mailFiles();
          const invited = await submitWith(page, invite.locator(SUBMIT).first());
          await expectLanded(page, invited, locale, { at: proposalPath, label: 'the proposal after inviting a co-author' });
          await expectFlash(page, T.coauthorInvited);

          const email = await awaitEmailTo(coauthor, before);
          const link = email.text.match(/https?:\/\/\S+?(\/coauthors\/[A-Za-z0-9_-]+)(?![A-Za-z0-9_-])/);
          assert.ok(link, `the email ${email.file} links to /coauthors/<token>; its text:\n${email.text}`);
          assert.ok(
            link[0].startsWith(server.baseURL),
            `the link ${link[0]} points at the server (${server.baseURL})`,
          );
          invitationPath = link[1];
        });
      });

      it('the invitee signs from the link, may then edit, and the link is spent', { timeout: TEST_TIMEOUT_MS }, async () => {
        assert.ok(invitationPath, 'an earlier step did not get the invitation link');
        const page = await personas.pageAs('institution');
        await withFailureScreenshot(page, 'flow-coauthor-accept', async () => {
          const response = await page.goto(invitationPath);
          await expectLanded(page, response, locale, { at: invitationPath, label: 'the co-author invitation' });
          const acceptForm = page.locator(`main form[action="${invitationPath}"][method="post" i]`);
          const accept = acceptForm.locator(SUBMIT, { hasText: T.coauthorAccept });
          assert.equal(await accept.count(), 1, `the invitation offers "${T.coauthorAccept}", posting to ${invitationPath}`);
          const signed = await submitWith(page, accept);
          await expectLanded(page, signed, locale, { at: proposalPath, label: 'the proposal after signing it' });
          await expectFlash(page, T.coauthorAccepted);
          const signers = await textOf(page.locator(SIGNERS));
          assert.match(
            signers,
            new RegExp(`${INSTITUTION_NAME} \\([^)]*\\b${T.coauthorRole}\\)`),
            `the proposal lists ${INSTITUTION_NAME} as ${T.coauthorRole}`,
          );
          assert.ok(signers.includes(BENEFICIARY_NAME), `the author still signs it: ${signers}`);

          const editPath = `${proposalPath}/edit`;
          const edit = await page.goto(editPath);
          await expectLanded(page, edit, locale, { at: editPath, label: 'the proposal edit form, as its co-author' });

          const again = await page.goto(invitationPath);
          await expectLanded(page, again, locale, { status: 410, at: invitationPath, label: 'the spent co-author invitation' });
        });
      });
    });

    describe(`${FLOW_LOCALE}: notifications, following and unsubscribing`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const newPath = `${DEMO_PROPOSALS}/new`;
      const preferencesPath = '/account/notifications';
      // Two newcomers, registered by this flow: the other flows run side by side and
      // change the demo personas' bells and mailboxes, but never these two's. The
      // comments come from the demo partner, whom nothing here needs to count.
      const author = { name: `Autrice Notifiche ${RUN_ID}`, email: `notify-author-${RUN_ID}@example.test` };
      const follower = { name: `Lettore Notifiche ${RUN_ID}`, email: `notify-follower-${RUN_ID}@example.test` };
      const proposalTitle = `Più panchine all’ombra nei giardini ${RUN_ID}`;
      const proposalBody = 'Panchine **all’ombra** vicino ai giochi dei bambini.\n';
      const commentTexts = [1, 2, 3].map((n) => `Commento numero ${n} sulle panchine. ${RUN_ID}`);
      const replyText = `Grazie, ne terremo conto. ${RUN_ID}`;

      const personas = personaPages(locale);
      const contexts = [];
      const pages = {}; // author and follower, each logged in once registered
      let proposalPath; // /proposals/<id>, from the address the author lands on
      let commentIds = []; // the partner's comments, oldest first
      let unsubscribePath; // /unsubscribe/<token>, from the author's email

      function need(what, value) {
        assert.ok(value, `an earlier step did not provide ${what}`);
      }

      /** Reads the notification list: each item's text, link and whether it is unread, newest first. */
      async function notificationItems(page) {
        return page.locator(NOTIFICATIONS).evaluateAll((items) =>
          items.map((li) => ({
            text: li.querySelector('a').textContent.replace(/\s+/g, ' ').trim(),
            href: li.querySelector('a').getAttribute('href'),
            unread: li.classList.contains('notification--unread'),
            badge: li.querySelector('.badge')?.textContent.trim() ?? null,
          })),
        );
      }

      after(async () => {
        for (const context of contexts) await context.close();
        await personas.close();
      });

      it('two newcomers register and confirm their addresses', { timeout: TEST_TIMEOUT_MS }, async () => {
        for (const [who, account] of Object.entries({ author, follower })) {
          const context = await newContext(locale);
          contexts.push(context);
          pages[who] = await registerConfirmed(context, locale, T, account);
        }
      });

      it('the author publishes a proposal, and a participant follows it', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the two accounts', pages.author && pages.follower);
        const page = pages.author;
        await withFailureScreenshot(page, 'flow-notify-publish', async () => {
          const response = await page.goto(newPath);
          await expectLanded(page, response, locale, { at: newPath, label: 'new proposal form, to be followed' });
          const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
          await form.locator('input[name="title"]').fill(proposalTitle);
          await form.locator('textarea[name="body"]').fill(proposalBody);
          await form.locator('select[name="language"]').selectOption(FLOW_LOCALE);
          const published = await submitWith(page, form.locator('button[name="action"][value="publish"]'));
          const match = pathname(page).match(/^\/proposals\/(\d+)$/);
          assert.ok(match, `publishing the proposal ended on ${page.url()}: ${await alertText(page)}`);
          proposalPath = match[0];
          await expectLanded(page, published, locale, { at: proposalPath, label: 'the proposal to follow' });
          await expectFlash(page, T.proposalPublished);
        });

        const reader = pages.follower;
        await withFailureScreenshot(reader, 'flow-notify-follow', async () => {
          const empty = await reader.goto('/notifications');
          await expectLanded(reader, empty, locale, { at: '/notifications', label: 'no notifications yet' });
          assert.equal(await bellCount(reader, T), 0, 'a newcomer has no unread notification');
          assert.ok(
            (await textOf(reader.locator('main .empty-state'))).startsWith(T.notificationsEmpty),
            `the empty list says "${T.notificationsEmpty}"`,
          );

          const response = await reader.goto(proposalPath);
          await expectLanded(reader, response, locale, { at: proposalPath, label: 'the proposal, before following it' });
          const follow = reader.locator(FOLLOW_BUTTON);
          assert.equal(await follow.count(), 1, 'the proposal page has one follow button');
          assert.equal(await textOf(follow), T.follow, `the button offers "${T.follow}"`);
          const followed = await submitWith(reader, follow);
          await expectLanded(reader, followed, locale, { at: proposalPath, label: 'the proposal, followed' });
          await expectFlash(reader, T.followed);
          assert.equal(await textOf(reader.locator(FOLLOW_BUTTON)), T.unfollow, `the button now offers "${T.unfollow}"`);
          assert.equal(
            await reader.locator(`main form.follow-form[action="${proposalPath}/unfollow"]`).count(),
            1,
            'the button now posts to the unfollow address',
          );

          const preferences = await reader.goto(preferencesPath);
          await expectLanded(reader, preferences, locale, { at: preferencesPath, label: 'the preferences of a follower' });
          const listed = reader.locator(FOLLOWED_PROPOSALS, { has: reader.locator(`a[href="${proposalPath}"]`) });
          assert.equal(await listed.count(), 1, `${preferencesPath} lists the followed proposal`);
          assert.ok((await textOf(listed)).includes(proposalTitle), `it is listed by its title: ${await textOf(listed)}`);
          assert.ok(
            (await textOf(listed.locator('button'))).startsWith(T.unfollow),
            `it can be unfollowed from there ("${T.unfollow}")`,
          );
        });
      });

      it('another person comments: the follower’s bell counts it, the author is emailed at once', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the proposal', proposalPath);
        const page = await personas.pageAs('partner');
        const before = await mailFiles();
        await withFailureScreenshot(page, 'flow-notify-comment', async () => {
          for (const text of commentTexts) {
            const response = await page.goto(proposalPath);
            assert.equal(response?.status(), 200, `${proposalPath} answers 200`);
            const form = page.locator(`main form[action="${proposalPath}/comments"]`);
            await form.locator('textarea[name="body"]').fill(text);
            const commented = await submitWith(page, form.locator(SUBMIT).first());
            assert.equal(commented.status(), 200, `commenting answered ${commented.status()}: ${await alertText(page)}`);
            assert.equal(pathname(page), proposalPath, 'commenting returns to the proposal');
            await expectFlash(page, T.commentPublished);
            const comment = page.locator(COMMENT, { hasText: text });
            assert.equal(await comment.count(), 1, 'the comment is in the thread');
            const id = (await comment.getAttribute('id'))?.match(/^comment-(\d+)$/)?.[1];
            assert.ok(id, `the comment has an id comment-<n>: "${await comment.getAttribute('id')}"`);
            commentIds.push(Number(id));
          }
        });

        const reader = pages.follower;
        await withFailureScreenshot(reader, 'flow-notify-bell', async () => {
          const response = await reader.goto(proposalPath);
          await expectLanded(reader, response, locale, { at: proposalPath, label: 'the followed proposal, commented' });
          assert.equal(await bellCount(reader, T), commentTexts.length, 'the bell counts one notification per comment');
        });

        const email = await awaitEmailTo(author.email, before, { attempts: NOTIFICATION_MAIL_POLL_ATTEMPTS });
        const header = (name) => email.headers.match(new RegExp(`^${name}:[ \\t]*(.*?)\\r?$`, 'im'))?.[1];
        const listUnsubscribe = header('List-Unsubscribe');
        assert.ok(listUnsubscribe, `the email ${email.file} has a List-Unsubscribe header; headers:\n${email.headers}`);
        const unsubscribe = listUnsubscribe.match(/^<(https?:\/\/[^>\s]+?(\/unsubscribe\/[^>\s]+))>$/);
        assert.ok(unsubscribe, `List-Unsubscribe is one <http…/unsubscribe/…> address: "${listUnsubscribe}"`);
        assert.ok(unsubscribe[1].startsWith(server.baseURL), `it points at the server (${server.baseURL}): ${unsubscribe[1]}`);
        assert.equal(header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click', 'the email offers one-click unsubscribe (RFC 8058)');
        unsubscribePath = unsubscribe[2];
        assert.ok(email.text.includes(proposalTitle), `the email names the proposal; its text:\n${email.text}`);
        const link = email.text.match(new RegExp(`${server.baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/comments/(\\d+)`));
        assert.ok(link, `the email links to a comment (/comments/…); its text:\n${email.text}`);
        assert.ok(commentIds.includes(Number(link[1])), `the email links to one of the new comments (${commentIds}): ${link[0]}`);
        assert.ok(
          email.text.includes(`${server.baseURL}${preferencesPath}`),
          `the email links to ${preferencesPath}; its text:\n${email.text}`,
        );
        assert.ok(email.text.includes(unsubscribe[1]), `the email shows the unsubscribe link too; its text:\n${email.text}`);

        // The follower hears of comments in the daily digest by default (which may well go out
        // now, depending on the hour), never in an email of their own, which opens with the line.
        const toFollower = new RegExp(`^To: ${follower.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\r?$`, 'im');
        for (const name of (await mailFiles()).filter((n) => !before.includes(n))) {
          const sent = parseEmail(await readFile(path.join(mailDir(), name), 'utf8'));
          if (!sent || !toFollower.test(sent.headers)) continue;
          assert.ok(
            !sent.text.trimStart().split(/\r?\n/)[0].includes(T.commentOn(proposalTitle)),
            `the follower was emailed a comment at once (${name}), not in the digest:\n${sent.text}`,
          );
        }
      });

      it('the follower opens the newest notification, lands on the comment, and marks the rest read', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the comments', commentIds.length === commentTexts.length);
        const page = pages.follower;
        await withFailureScreenshot(page, 'flow-notify-read', async () => {
          let response = await page.goto('/notifications');
          await expectLanded(page, response, locale, { at: '/notifications', label: 'the notifications of a follower' });
          let items = await notificationItems(page);
          assert.equal(items.length, commentTexts.length, `one notification per comment: ${JSON.stringify(items)}`);
          for (const item of items) {
            assert.ok(item.text.includes(T.commentOn(proposalTitle)), `the notification says "${T.commentOn(proposalTitle)}": "${item.text}"`);
            assert.ok(item.unread, `the notification is unread: "${item.text}"`);
            assert.equal(item.badge, T.notificationNew, `an unread notification is badged "${T.notificationNew}"`);
            assert.match(item.href, /^\/notifications\/\d+$/, 'each notification links to /notifications/<id>');
          }
          assert.equal(
            await textOf(page.locator('main p[role="status"]')),
            T.unreadCount(commentTexts.length),
            'the page says how many are unread',
          );

          // Newest first: the first item is about the last comment.
          const opened = await submitWith(page, page.locator(`${NOTIFICATIONS} a[href="${items[0].href}"]`));
          await expectLanded(page, opened, locale, { at: proposalPath, label: 'the newest notification, opened' });
          const newest = `#comment-${commentIds.at(-1)}`;
          assert.equal(new URL(page.url()).hash, newest, `the newest notification leads to the newest comment (${page.url()})`);
          assert.equal(await page.locator(`${COMMENT}${newest}`).count(), 1, `${newest} is on the page`);
          assert.equal(await bellCount(page, T), commentTexts.length - 1, 'opening a notification takes one off the bell');

          response = await page.goto('/notifications');
          await expectLanded(page, response, locale, { at: '/notifications', label: 'the notifications, one opened' });
          items = await notificationItems(page);
          assert.deepEqual(
            items.map((i) => i.unread),
            [false, ...Array(commentTexts.length - 1).fill(true)],
            'the opened notification is read, the others are not',
          );
          assert.equal(items[0].badge, null, `a read notification has no "${T.notificationNew}" badge`);

          const markOne = page.locator(UNREAD_NOTIFICATIONS).first().locator('form[action$="/read"] button');
          assert.ok((await textOf(markOne)).startsWith(T.markRead), `an unread notification offers "${T.markRead}"`);
          const marked = await submitWith(page, markOne);
          await expectLanded(page, marked, locale, { at: '/notifications', label: 'one notification marked as read' });
          await expectFlash(page, T.markedRead);
          assert.equal(await bellCount(page, T), commentTexts.length - 2, `"${T.markRead}" takes one off the bell`);
          assert.equal(await page.locator(UNREAD_NOTIFICATIONS).count(), commentTexts.length - 2, 'one more is read');

          const markAll = page.locator('main form[action="/notifications/read-all"] button');
          assert.equal(await textOf(markAll), T.markAllRead, `the page offers "${T.markAllRead}"`);
          const all = await submitWith(page, markAll);
          await expectLanded(page, all, locale, { at: '/notifications', label: 'every notification marked as read' });
          await expectFlash(page, T.allMarkedRead);
          assert.equal(await bellCount(page, T), 0, 'the bell shows no count once everything is read');
          assert.equal(await page.locator(UNREAD_NOTIFICATIONS).count(), 0, 'no notification is unread');
          assert.equal(await page.locator(NOTIFICATIONS).count(), commentTexts.length, 'read notifications stay listed');
          assert.equal(await page.locator('main form[action="/notifications/read-all"]').count(), 0, `no "${T.markAllRead}" left`);
          assert.equal(await textOf(page.locator('main p[role="status"]')), T.allRead, `the page says "${T.allRead}"`);
        });
      });

      it('the author unsubscribes from the emailed link, logged out', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the unsubscribe link', unsubscribePath);
        const context = await newContext(locale);
        try {
          const page = await context.newPage();
          await withFailureScreenshot(page, 'flow-notify-unsubscribe', async () => {
            await page.goto('/');
            await chooseLocale(page, locale);
            const response = await page.goto(unsubscribePath);
            await expectLanded(page, response, locale, { at: unsubscribePath, label: 'the unsubscribe link, logged out' });
            await expectPresent(page, page.locator(LOGIN_LINK), 'the unsubscribe page is seen logged out');
            assert.equal(await textOf(page.locator('main h1')), T.unsubscribe, `the page is titled "${T.unsubscribe}"`);
            assert.ok((await textOf(page.locator('main'))).includes(author.email), 'the page names the address it unsubscribes');
            const confirm = page.locator(`main form[action="${unsubscribePath}"][method="post" i] ${SUBMIT}`);
            assert.equal(await confirm.count(), 1, `the page asks to confirm, posting to ${unsubscribePath}`);
            assert.equal(await textOf(confirm), T.unsubscribe, `the button reads "${T.unsubscribe}"`);
            const done = await submitWith(page, confirm);
            await expectLanded(page, done, locale, { at: unsubscribePath, label: 'unsubscribed' });
            const status = await textOf(page.locator('main p[role="status"]'));
            assert.ok(
              status.startsWith(T.unsubscribed) && status.includes(author.email),
              `the page says "${T.unsubscribed} … ${author.email} …": "${status}"`,
            );
          });
        } finally {
          await context.close();
        }
      });

      it('the author finds both email settings off, and chooses again', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the author', pages.author);
        const page = pages.author;
        const radio = (name, value) => page.locator(`main input[type="radio"][name="${name}"][value="${value}"]`);
        await withFailureScreenshot(page, 'flow-notify-preferences', async () => {
          const response = await page.goto(preferencesPath);
          await expectLanded(page, response, locale, { at: preferencesPath, label: 'the preferences after unsubscribing' });
          for (const name of ['email_own', 'email_others']) {
            assert.equal(await radio(name, 'off').count(), 1, `${name} has an "off" choice`);
            assert.ok(await radio(name, 'off').isChecked(), `${name} is off after unsubscribing`);
            assert.equal(
              await page.locator(`main fieldset:has(input[name="${name}"]) > legend`).count(),
              1,
              `the ${name} choices are grouped in a fieldset with a legend`,
            );
          }

          // Back to the defaults: own contributions at once, what one follows daily.
          await radio('email_own', 'immediate').check();
          await radio('email_others', 'daily').check();
          const save = page.locator(`main form[action="${preferencesPath}"] ${SUBMIT}`);
          assert.equal(await textOf(save), T.savePreferences, `the form is saved with "${T.savePreferences}"`);
          const saved = await submitWith(page, save);
          await expectLanded(page, saved, locale, { at: preferencesPath, label: 'the preferences saved' });
          await expectFlash(page, T.preferencesSaved);
          assert.ok(await radio('email_own', 'immediate').isChecked(), 'email_own is saved as immediate');
          assert.ok(await radio('email_others', 'daily').isChecked(), 'email_others is saved as daily');
        });
      });

      it('a reply is told to its comment’s author as a reply, and to the proposal’s follower as news of it', { timeout: TEST_TIMEOUT_MS }, async () => {
        need('the comments', commentIds.length === commentTexts.length);
        const page = pages.author;
        const partner = await personas.pageAs('partner');
        const reader = pages.follower;
        await withFailureScreenshot(page, 'flow-notify-reply', async () => {
          await page.goto(proposalPath);
          const unreadBefore = await bellCount(page, T);
          const replyPath = `/comments/${commentIds[0]}/reply`;
          const response = await page.goto(replyPath);
          await expectLanded(page, response, locale, { at: replyPath, label: 'the reply form, as the proposal’s author' });
          const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
          await form.locator('textarea[name="body"]').fill(replyText);
          const replied = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, replied, locale, { at: proposalPath, label: 'the proposal after the author replies' });
          await expectFlash(page, T.commentPublished);
          assert.equal(await bellCount(page, T), unreadBefore, 'nobody is notified of their own reply');
        });

        await withFailureScreenshot(partner, 'flow-notify-reply-partner', async () => {
          const response = await partner.goto('/notifications');
          await expectLanded(partner, response, locale, { at: '/notifications', label: 'the notifications of the comment’s author' });
          const lines = (await notificationItems(partner)).map((i) => i.text);
          assert.ok(
            lines.some((line) => line.includes(T.replyToYourComment) && line.includes(proposalTitle)),
            `the comment's author is told of "${T.replyToYourComment}" on the proposal: ${JSON.stringify(lines)}`,
          );
        });

        await withFailureScreenshot(reader, 'flow-notify-reply-follower', async () => {
          const response = await reader.goto('/notifications');
          await expectLanded(reader, response, locale, { at: '/notifications', label: 'the notifications of the follower, after a reply' });
          assert.equal(await bellCount(reader, T), 1, 'the follower hears of the reply');
          const [newest] = await notificationItems(reader);
          assert.ok(newest?.text.includes(proposalTitle), `the newest notification is about the proposal: ${JSON.stringify(newest)}`);
          // The follower wrote no comment: being told of "a reply to your comment" would be untrue.
          assert.ok(
            !newest.text.includes(T.replyToYourComment),
            `the follower, who never commented, is told of "${T.replyToYourComment}": "${newest.text}"`,
          );
        });
      });
    });

    describe(`${FLOW_LOCALE}: merging proposals in the invite-only consultation`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const newPath = `/consultations/${PRIVATE_CONSULTATION}/proposals/new`;
      const mergePath = `/manage/consultations/${PRIVATE_CONSULTATION}/merge`;
      const votingMergePath = `/manage/consultations/${DEMO_CONSULTATION}/merge`;
      const originals = [
        { title: `Mediatori allo sportello anagrafe ${RUN_ID}`, body: 'Un mediatore linguistico il **martedì** mattina.\n' },
        { title: `Mediazione linguistica in anagrafe ${RUN_ID}`, body: 'Servono mediatori *a orari fissi* in anagrafe.\n' },
      ];
      const synthesis = {
        title: `Mediatori in anagrafe a orari fissi ${RUN_ID}`,
        body: 'Sintesi di due proposte: un mediatore linguistico in anagrafe, a **orari fissi** ogni settimana.\n',
      };

      const personas = personaPages(locale);
      let mergedPath; // the synthesis, set by the merge step

      after(() => personas.close());

      it('a member publishes two proposals saying the same thing', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('beneficiary');
        await withFailureScreenshot(page, 'flow-merge-originals', async () => {
          for (const original of originals) {
            const response = await page.goto(newPath);
            await expectLanded(page, response, locale, { at: newPath, label: `new proposal form in ${PRIVATE_CONSULTATION}` });
            const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
            await form.locator('input[name="title"]').fill(original.title);
            await form.locator('textarea[name="body"]').fill(original.body);
            await form.locator('select[name="language"]').selectOption(FLOW_LOCALE);
            const published = await submitWith(page, form.locator('button[name="action"][value="publish"]'));
            const match = pathname(page).match(/^\/proposals\/(\d+)$/);
            assert.ok(match, `publishing "${original.title}" ended on ${page.url()}: ${await alertText(page)}`);
            original.id = match[1];
            await expectLanded(page, published, locale, { at: match[0], label: `a new proposal in ${PRIVATE_CONSULTATION}` });
            await expectFlash(page, T.proposalPublished);
          }
        });
      });

      it('the facilitator may not merge while a voting round is open', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('facilitator');
        await withFailureScreenshot(page, 'flow-merge-voting', async () => {
          const response = await page.goto(votingMergePath);
          await expectLanded(page, response, locale, { at: votingMergePath, label: 'merge page during a voting round' });
          await expectFlashError(page, T.mergeDuringVoting);
          assert.equal(await page.locator(`main form[action="${votingMergePath}"]`).count(), 0, 'no merge form is offered');
        });
      });

      it('the facilitator is told to pick two, then merges both into a new synthesis', { timeout: TEST_TIMEOUT_MS }, async () => {
        assert.ok(originals.every((o) => o.id), 'an earlier step did not publish the two proposals');
        const page = await personas.pageAs('facilitator');
        await withFailureScreenshot(page, 'flow-merge', async () => {
          const response = await page.goto(mergePath);
          await expectLanded(page, response, locale, { at: mergePath, label: `merge page of ${PRIVATE_CONSULTATION}` });
          const form = page.locator(`main form[action="${mergePath}"]`);
          assert.equal(await form.count(), 1, 'the merge form is offered');
          const source = (o) => form.locator(`input[name="source"][value="${o.id}"]`);
          const targetNew = form.locator('input[name="target"][value="new"]');

          await source(originals[0]).check();
          assert.ok(await targetNew.isChecked(), 'the target starts as a new proposal');
          await form.locator('input[name="title"]').fill(synthesis.title);
          await form.locator('textarea[name="body"]').fill(synthesis.body);
          const refused = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, refused, locale, { status: 422, at: mergePath, label: 'a merge of one proposal into a new one' });
          const summary = page.locator('.error-summary');
          assert.equal(await summary.count(), 1, 'the re-rendered merge form has an error summary');
          assert.equal(
            await summary.locator('a[href="#sources"]').count(),
            1,
            `the summary links to #sources: ${await textOf(summary)}`,
          );
          assert.equal(await page.locator('[id="sources"]').count(), 1, '#sources is exactly one element');
          assert.ok(await source(originals[0]).isChecked(), 'the chosen proposal is still checked');
          assert.ok(await targetNew.isChecked(), 'the target is still a new proposal');
          assert.equal(await form.locator('input[name="title"]').inputValue(), synthesis.title, 'the title is kept');

          await source(originals[1]).check();
          const merged = await submitWith(page, form.locator(SUBMIT).first());
          const match = pathname(page).match(/^\/proposals\/(\d+)$/);
          assert.ok(match, `merging ended on ${page.url()}: ${await alertText(page)}`);
          assert.ok(!originals.some((o) => o.id === match[1]), `the merge made a new proposal, not ${match[0]}`);
          mergedPath = match[0];
          await expectLanded(page, merged, locale, { at: mergedPath, label: 'the synthesis proposal' });
          await expectFlash(page, T.merged);
          assert.equal(await textOf(page.locator('main h1')), synthesis.title, 'the synthesis is titled as written');
          const signers = await textOf(page.locator(SIGNERS));
          assert.ok(signers.includes(BENEFICIARY_NAME), `the originals' author signs the synthesis: ${signers}`);
        });
      });

      it('each merged proposal points to the synthesis', { timeout: TEST_TIMEOUT_MS }, async () => {
        assert.ok(mergedPath, 'an earlier step did not merge the proposals');
        const page = await personas.pageAs('beneficiary');
        await withFailureScreenshot(page, 'flow-merged-originals', async () => {
          for (const original of originals) {
            const at = `/proposals/${original.id}`;
            const response = await page.goto(at);
            await expectLanded(page, response, locale, { at, label: 'a merged proposal' });
            const notice = page.locator('main .notice', { hasText: T.mergedInto });
            assert.equal(await notice.count(), 1, `${at} says "${T.mergedInto}"`);
            assert.equal(
              await notice.locator(`a[href="${mergedPath}"]`).count(),
              1,
              `the notice on ${at} links to ${mergedPath}: ${await textOf(notice)}`,
            );
          }
        });
      });
    });

    describe(`${FLOW_LOCALE}: supporting with JavaScript, without a page load`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const personas = personaPages(locale);

      after(() => personas.close());

      it('supports a proposal in place, with focus in its new box, then withdraws', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { threadProposal: id } = await demoIds();
        const page = await personas.pageAs('institution');
        await withFailureScreenshot(page, 'flow-vote-support-js', async () => {
          const response = await page.goto(DEMO_PROPOSALS);
          await expectLanded(page, response, locale, { at: DEMO_PROPOSALS, label: 'the proposals, to support one' });
          assert.equal(await voteLeft(page), T.supportsLeft(3, 3), 'the institution has not voted yet');
          const box = voteBox(page, id);
          assert.equal(await box.count(), 1, `the list has a vote box for proposal ${id}`);

          // A page load would drop this; it must still be there after each vote.
          await page.evaluate(() => {
            window.tavoloNoReload = 'still here';
          });
          const stillHere = async (step) =>
            assert.equal(
              await page.evaluate(() => window.tavoloNoReload),
              'still here',
              `${step} happened without loading a page`,
            );
          const focusInBox = (step) =>
            page
              .waitForFunction((boxId) => {
                const active = document.activeElement;
                return active?.tagName === 'BUTTON' && active.closest('[data-vote-box]')?.id === boxId;
              }, `vote-${id}`)
              .catch(async () =>
                assert.fail(
                  `after ${step}, focus should be on a button of #vote-${id}, not on ${await page.evaluate(
                    () => document.activeElement?.outerHTML.slice(0, 200),
                  )}`,
                ),
              );

          await box.locator('button[name="choice"][value="support"]', { hasText: T.support }).click();
          await box.locator('button[name="choice"][value="withdraw"]', { hasText: T.withdrawSupport }).waitFor();
          assert.ok(
            (await textOf(box.locator(VOTE_STATE))).includes(T.youSupport),
            `the box says "${T.youSupport}": ${await textOf(box)}`,
          );
          await expectTextSoon(page, VOTE_LEFT, T.supportsLeft(2, 3), 'after supporting');
          await expectTextSoon(page, VOTE_LIVE, T.supportCounted, 'the live region after supporting');
          await focusInBox('supporting');
          await stillHere('supporting');
          await expectAxeClean(page, `${DEMO_PROPOSALS} after supporting in place (${locale.code})`);

          await box.locator('button[name="choice"][value="withdraw"]').click();
          await box.locator('button[name="choice"][value="support"]', { hasText: T.support }).waitFor();
          await expectTextSoon(page, VOTE_LEFT, T.supportsLeft(3, 3), 'after withdrawing');
          await expectTextSoon(page, VOTE_LIVE, T.voteWithdrawn, 'the live region after withdrawing');
          assert.equal(await box.locator(VOTE_STATE).count(), 0, 'the box no longer says the proposal is supported');
          await focusInBox('withdrawing');
          await stillHere('withdrawing');
        });
      });
    });

    // Only the keyboard: Tab and Shift+Tab to move, Enter and Space to act, arrows in a
    // radio group or a select, typing into the field that has focus; every stop is checked
    // for a visible focus (see pressTab). In FLOW_LOCALE as the demo beneficiary; in the
    // other locale as a newcomer who registers by keyboard first, since the flow sets the
    // language of the account it uses, and the flows alongside use the demo's accounts in
    // FLOW_LOCALE. Both support and withdraw from a proposal of the open round that no
    // other flow votes on (the partner's four come first), and comment there, which no
    // flow counts.
    describe('the keyboard alone', { concurrency: 1 }, () => {
      const personas = personaPages(LOCALES.find((l) => l.code === FLOW_LOCALE));

      after(() => personas.close());

      /**
       * From the home page, logged out, to the end: skip to the content, pick the
       * language, log in, find the proposal by searching for its title, support it and
       * withdraw, comment in favour, log out.
       */
      async function journey(page, locale, account, id, title) {
        const T = TEXT[locale.code];
        const at = `/proposals/${id}`;
        const comment = `${T.keyboardComment} ${RUN_ID}`;
        await page.goto('/');
        await tabTo(page, page.locator('a.skip-link[href="#main"]'), { max: 1 });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'main').catch(() =>
          assert.fail(`the skip link should move focus to #main on ${page.url()}`),
        );
        // The language switch comes just before the content: back one stop.
        await chooseLocaleByKeyboard(page, locale, { backwards: true });

        await tabTo(page, page.locator(LOGIN_LINK));
        let answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: '/login', label: 'the log-in form, by keyboard' });
        const form = formWith(page, 'input[name="password"]');
        await tabTo(page, form.locator('input[name="email"]'));
        await page.keyboard.type(account.email);
        await tabTo(page, form.locator('input[name="password"]'), { max: 3 });
        await page.keyboard.type(account.password);
        await pressToNavigate(page, 'Enter');
        assert.notEqual(pathname(page), '/login', `logging in by keyboard failed: ${await alertText(page)}`);
        await expectPresent(page, page.locator(LOGOUT_BUTTON), 'after logging in by keyboard, the header offers to log out');
        // The account's language wins once logged in; it may be another.
        await chooseLocaleByKeyboard(page, locale);

        await tabTo(page, page.locator('header nav a[href="/consultations"]'));
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: '/consultations', label: 'the consultations, by keyboard', axe: false });
        await tabTo(page, page.locator(`main a[href="/consultations/${DEMO_CONSULTATION}"]`).first());
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: `/consultations/${DEMO_CONSULTATION}`, label: 'the demo, by keyboard', axe: false });
        await tabTo(page, page.locator(`main a[href="${DEMO_PROPOSALS}"]`).first());
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: DEMO_PROPOSALS, label: 'the proposals, by keyboard', axe: false });
        // Search by its title: type into the search field and press Enter.
        await tabTo(page, page.locator('main form[role="search"] input[name="q"]'));
        await page.keyboard.type(title);
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: DEMO_PROPOSALS, label: 'the proposals found, by keyboard', axe: false });
        await tabTo(page, page.locator(`main .proposal-card h2 a[href="${at}"]`));
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at, label: 'the proposal, by keyboard' });

        // Support it and take the support back: vote.js answers in place and puts focus
        // in the new box, so the next key press acts there.
        const box = voteBox(page, id);
        const text = await voteLeft(page);
        const left = [0, 1, 2, 3].find((n) => text === T.supportsLeft(n, 3));
        assert.ok(left > 0, `"${text}" says a support of 3 is left`);
        await tabTo(page, box.locator('button[name="choice"][value="support"]'));
        await page.keyboard.press('Space');
        await expectTextSoon(page, VOTE_LEFT, T.supportsLeft(left - 1, 3), 'after supporting by keyboard');
        await expectFocused(page, box.locator('button[name="choice"][value="withdraw"]'), 'after supporting');
        assert.ok((await textOf(box.locator(VOTE_STATE))).includes(T.youSupport), `the box says "${T.youSupport}"`);
        await page.keyboard.press('Enter');
        await expectTextSoon(page, VOTE_LEFT, T.supportsLeft(left, 3), 'after withdrawing by keyboard');
        await expectFocused(page, box.locator('button[name="choice"][value="support"]'), 'after withdrawing');

        // A comment in favour: the radio group is one stop, arrows pick within it.
        const commentForm = page.locator(`main form[action="${at}/comments"]`);
        await tabTo(page, commentForm.locator('input[name="stance"]:checked'), { max: 60 });
        await page.keyboard.press('ArrowUp'); // to "against"
        await page.keyboard.press('ArrowUp'); // to "for"
        assert.ok(await commentForm.locator('input[name="stance"][value="for"]').isChecked(), 'arrows chose "for"');
        await tabTo(page, commentForm.locator('textarea[name="body"]'), { max: 1 });
        await page.keyboard.type(comment);
        await tabTo(page, commentForm.locator(SUBMIT), { max: 1 });
        answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at, label: 'the proposal, commented by keyboard' });
        await expectFlash(page, T.commentPublished);
        const posted = page.locator(COMMENT, { hasText: comment });
        assert.equal(await posted.count(), 1, 'the comment is in the thread');
        assert.equal(await textOf(posted.locator(STANCE_BADGE)), T.for, `the comment is "${T.for}"`);

        // Back up the page to the header, and out.
        await tabTo(page, page.locator(LOGOUT_BUTTON), { max: 300, backwards: true });
        await pressToNavigate(page, 'Enter');
        await expectPresent(page, page.locator(LOGIN_LINK), 'after logging out by keyboard, the header links to /login');
        await expectAbsent(page, page.locator(LOGOUT_BUTTON), 'after logging out by keyboard, no log-out button');
      }

      /**
       * Registers `account` through the form by keyboard (a select changes with arrows,
       * a checkbox with Space), confirms it from the emailed link, and logs out.
       */
      async function registerByKeyboard(page, locale, account) {
        const T = TEXT[locale.code];
        await page.goto('/');
        await chooseLocaleByKeyboard(page, locale);
        await tabTo(page, page.locator('header a[href="/register"]'));
        const answer = await pressToNavigate(page, 'Enter');
        await expectLanded(page, answer, locale, { at: '/register', label: 'the registration form, by keyboard', axe: false });
        const form = formWith(page, 'input[name="display_name"]');
        for (const [name, value] of [['display_name', account.name], ['email', account.email], ['password', account.password]]) {
          await tabTo(page, form.locator(`input[name="${name}"]`));
          await page.keyboard.type(value);
        }
        for (const [name, value] of [['stakeholder_group', 'beneficiary'], ['locale', locale.code]]) {
          const select = form.locator(`select[name="${name}"]`);
          await tabTo(page, select);
          await selectByKeyboard(page, select, value);
        }
        await tabTo(page, form.locator('input[name="privacy_consent"]'));
        await page.keyboard.press('Space');
        assert.ok(await form.locator('input[name="privacy_consent"]').isChecked(), 'Space ticks the consent');
        await tabTo(page, form.locator(SUBMIT));
        const before = await mailFiles();
        await pressToNavigate(page, 'Enter');
        assert.equal(pathname(page), '/register/sent', `registering by keyboard ended on ${page.url()}: ${await alertText(page)}`);

        const mail = await awaitEmailTo(account.email, before);
        const link = mail.text.match(/https?:\/\/\S+?(\/verify-email\/[A-Za-z0-9_-]+)(?![A-Za-z0-9_-])/);
        assert.ok(link, `the email ${mail.file} links to /verify-email/<token>; its text:\n${mail.text}`);
        const confirmed = await page.goto(link[1]);
        await expectLanded(page, confirmed, locale, { at: '/account', label: `the account of ${account.email}, confirmed`, axe: false });
        await expectFlash(page, T.emailVerified);
        await tabTo(page, page.locator(LOGOUT_BUTTON));
        await pressToNavigate(page, 'Enter');
        await expectPresent(page, page.locator(LOGIN_LINK), 'after logging out by keyboard, the header links to /login');
      }

      for (const locale of LOCALES) {
        const demo = locale.code === FLOW_LOCALE;
        const how = demo ? 'as the demo beneficiary' : 'as a newcomer who registers by keyboard first';
        it(`${locale.code}: skips to the content, picks the language, logs in, supports a proposal, comments, logs out, ${how}`, { timeout: TEST_TIMEOUT_MS }, async () => {
          const { openProposals, threadProposal, talliedProposal, titles } = await demoIds();
          const id = openProposals[4];
          assert.ok(
            id && id !== threadProposal && id !== talliedProposal,
            `the demo's open round has a fifth proposal, neither the thread nor the tallied one: ${openProposals.join(', ')}`,
          );
          const account = demo
            ? PERSONAS.beneficiary
            : { name: `Keyboard ${RUN_ID}`, email: `keyboard-${locale.code}-${RUN_ID}@example.test`, password: `correct horse ${RUN_ID}` };
          const context = await newContext(locale);
          try {
            const page = await context.newPage();
            await withFailureScreenshot(page, `flow-keyboard-${locale.code}`, async () => {
              if (!demo) await registerByKeyboard(page, locale, account);
              await journey(page, locale, account, id, titles[id]);
            });
          } finally {
            await context.close();
          }
        });
      }

      it(`${FLOW_LOCALE}: tabs through the registration form and a proposal page, in order, to the end and round again`, { timeout: TEST_TIMEOUT_MS }, async () => {
        const { threadProposal } = await demoIds();
        for (const [persona, address] of [
          ['anonymous', '/register'],
          ['beneficiary', `/proposals/${threadProposal}`],
        ]) {
          const page = await personas.pageAs(persona);
          await withFailureScreenshot(page, `flow-keyboard-order-${persona}`, async () => {
            const stops = await expectTabsThrough(page, address);
            assert.ok(stops > 10, `${address} has more than 10 stops for Tab (found ${stops})`);
          });
        }
      });
    });

    describe('reduced motion', { concurrency: 1 }, () => {
      it('nothing moves for a visitor whose system asks for reduced motion', { timeout: TEST_TIMEOUT_MS }, async () => {
        const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
        const context = await newContext(locale);
        try {
          const page = await context.newPage();
          await page.emulateMedia({ reducedMotion: 'reduce' });
          const { threadProposal } = await demoIds();
          for (const address of ['/', `/proposals/${threadProposal}`, DEMO_RESULTS]) {
            const response = await page.goto(address);
            assert.equal(response?.status(), 200, `${address} answers 200`);
            // Focus something too: focus styles are where transitions usually hide.
            await page.keyboard.press('Tab');
            const moving = await page.evaluate(() =>
              [...document.querySelectorAll('*')]
                .flatMap((el) => [el, ...['::before', '::after'].map((pseudo) => [el, pseudo])])
                .map((target) => {
                  const [el, pseudo] = Array.isArray(target) ? target : [target, null];
                  const style = getComputedStyle(el, pseudo);
                  const seconds = (list) => Math.max(...list.split(',').map((d) => parseFloat(d) || 0));
                  const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
                  const transitioned = seconds(style.transitionDuration) > 0;
                  return animated || transitioned || style.scrollBehavior === 'smooth'
                    ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${pseudo ?? ''}`
                    : null;
                })
                .filter(Boolean),
            );
            assert.deepEqual(moving, [], `elements that still move on ${address} with reduced motion`);
          }
        } finally {
          await context.close();
        }
      });
    });

    describe(`${FLOW_LOCALE}: supporting without JavaScript, up to the limit`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];

      it('supports three proposals from their pages, is refused a fourth, withdraws one', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { openProposals } = await demoIds();
        assert.ok(openProposals.length >= 4, `the demo's open round has at least 4 proposals: ${openProposals.join(', ')}`);
        const ids = openProposals.slice(0, 4);
        const context = await newContext(locale, { javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await withFailureScreenshot(page, 'flow-vote-support-nojs', async () => {
            await logIn(page, PERSONAS.partner);
            await chooseLocale(page, locale);

            /** Presses a button of a proposal's vote box on its page; returns the page's answer. */
            async function press(id, value) {
              const at = `/proposals/${id}`;
              if (pathname(page) !== at) {
                const response = await page.goto(at);
                await expectLanded(page, response, locale, { at, label: `proposal ${id}, to vote`, axe: false });
              }
              const box = page.locator('#voting').locator(`#vote-${id}[data-vote-box]`);
              assert.equal(await box.count(), 1, `${at} has its vote box under #voting`);
              const answer = await submitWith(page, box.locator(`button[name="choice"][value="${value}"]`));
              await expectLanded(page, answer, locale, { at, label: `proposal ${id} after "${value}"`, axe: false });
              assert.equal(new URL(page.url()).hash, `#vote-${id}`, `the vote brings the voter back to #vote-${id}`);
              return box;
            }

            const first = `/proposals/${ids[0]}`;
            const response = await page.goto(first);
            await expectLanded(page, response, locale, { at: first, label: 'a proposal, to support it', axe: false });
            assert.equal(await voteLeft(page), T.supportsLeft(3, 3), 'the partner has not voted yet');

            for (const [index, id] of ids.slice(0, 3).entries()) {
              const box = await press(id, 'support');
              await expectFlash(page, T.supportCounted);
              assert.equal(await voteLeft(page), T.supportsLeft(2 - index, 3), `after supporting ${index + 1} proposal(s)`);
              assert.ok(
                (await textOf(box.locator(VOTE_STATE))).includes(T.youSupport),
                `the box says "${T.youSupport}": ${await textOf(box)}`,
              );
            }

            const refused = await press(ids[3], 'support');
            await expectFlashError(page, T.noSupportsLeft);
            assert.equal(await voteLeft(page), T.supportsLeft(0, 3), 'a refused support leaves nothing changed');
            assert.equal(await refused.locator(VOTE_STATE).count(), 0, `proposal ${ids[3]} is not supported`);

            await press(ids[0], 'withdraw');
            await expectFlash(page, T.voteWithdrawn);
            assert.equal(await voteLeft(page), T.supportsLeft(1, 3), 'withdrawing gives a support back');
          });
        } finally {
          await context.close();
        }
      });
    });

    describe(`${FLOW_LOCALE}: approval and dots in consultations of their own`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const VOTINGS = {
        approval: { rule: 'approval', limit: '', title: `Voto per approvazione ${RUN_ID}` },
        dots: { rule: 'dots', limit: '3', title: `Voto a punti ${RUN_ID}` },
      };
      const personas = personaPages(locale);

      after(() => personas.close());

      /**
       * As the coordinator: a public consultation with one voting round for
       * every group, published and opened now. Sets `voting.slug`.
       */
      async function setUpConsultation(page, voting) {
        const created = await page.goto('/manage/consultations/new');
        await expectLanded(page, created, locale, { at: '/manage/consultations/new', label: 'new consultation form' });
        const form = page.locator('main form', { has: page.locator('input[name="title"]') });
        await form.locator('input[name="title"]').fill(voting.title);
        await form.locator('input[name="slug"]').fill('');
        await form.locator('textarea[name="summary"]').fill(`Una consultazione che vota con la regola «${voting.rule}».`);
        await form.locator('textarea[name="body"]').fill('Creata dalla suite del browser per provare il voto.\n');
        await form.locator('input[name="visibility"][value="public"]').check();
        const saved = await submitWith(page, form.locator('button[type="submit"].button'));
        const match = pathname(page).match(/^\/manage\/consultations\/([^/]+)$/);
        assert.ok(match, `saving "${voting.title}" ended on ${page.url()}: ${await alertText(page)}`);
        voting.slug = decodeURIComponent(match[1]);
        const consolePath = `/manage/consultations/${voting.slug}`;
        await expectLanded(page, saved, locale, { at: consolePath, label: `console of "${voting.title}"` });
        await expectFlash(page, T.consultationCreated);

        const roundForm = await submitWith(page, page.locator('a[href$="/rounds/new"]', { hasText: T.addRound }).first());
        await expectLanded(page, roundForm, locale, { at: `${consolePath}/rounds/new`, label: 'new round form' });
        const round = page.locator('main form', { has: page.locator('input[name="opens_at"]') });
        await round.locator('input[name="title"]').fill(`Si vota (${voting.rule})`);
        await round.locator('input[name="opens_at"]').fill(localDateTime(5, 9));
        await round.locator('input[name="closes_at"]').fill(localDateTime(40, 18));
        await round.locator('input[name="allows_proposals"]').check();
        await round.locator('input[name="allows_voting"]').check();
        await round.locator('select[name="vote_rule"]').selectOption(voting.rule);
        await round.locator('input[name="vote_limit"]').fill(voting.limit);
        await round.locator('select[name="results_visibility"]').selectOption('live');
        const groups = round.locator('input[type="checkbox"][name^="group_"]');
        assert.equal(await groups.count(), 4, 'the round form offers the four stakeholder groups');
        for (const group of await groups.all()) await group.check();
        const added = await submitWith(page, round.locator('button[type="submit"].button'));
        await expectLanded(page, added, locale, { at: consolePath, label: 'console after adding the voting round' });
        await expectFlash(page, T.roundCreated);

        const publish = page.locator('form[action$="/status"]:has(input[name="status"][value="published"]) button', {
          hasText: T.publish,
        });
        const published = await submitWith(page, publish.first());
        await expectLanded(page, published, locale, { at: consolePath, label: 'console after publishing' });
        await expectFlash(page, T.consultationPublished);

        const first = page.locator(CONSOLE_ROUNDS).first();
        const opened = await submitWith(page, first.locator('form[action$="/open"] button', { hasText: T.openNow }));
        await expectLanded(page, opened, locale, { at: consolePath, label: 'console after opening the voting round' });
        await expectFlash(page, T.roundOpened);
        assert.equal(await textOf(first.locator('h3 .badge')), T.open, 'the voting round is open');
      }

      /** As a participant: a proposal in the consultation. Sets `voting.proposal` (its id). */
      async function propose(page, voting) {
        const newPath = `/consultations/${voting.slug}/proposals/new`;
        const response = await page.goto(newPath);
        await expectLanded(page, response, locale, { at: newPath, label: `new proposal form in ${voting.slug}` });
        const form = page.locator('main form', { has: page.locator('textarea[name="body"]') });
        await form.locator('input[name="title"]').fill(`Una proposta da votare (${voting.rule}) ${RUN_ID}`);
        await form.locator('textarea[name="body"]').fill('Da votare nella suite del browser.\n');
        await form.locator('select[name="language"]').selectOption(FLOW_LOCALE);
        const published = await submitWith(page, form.locator('button[name="action"][value="publish"]'));
        const match = pathname(page).match(/^\/proposals\/(\d+)$/);
        assert.ok(match, `publishing in ${voting.slug} ended on ${page.url()}: ${await alertText(page)}`);
        voting.proposal = Number(match[1]);
        await expectLanded(page, published, locale, { at: match[0], label: `the proposal in ${voting.slug}` });
        await expectFlash(page, T.proposalPublished);
      }

      it('the coordinator opens a round voting by approval and one with 3 dots each', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('coordinator');
        await withFailureScreenshot(page, 'flow-voting-consultations', async () => {
          for (const voting of Object.values(VOTINGS)) await setUpConsultation(page, voting);
        });
      });

      it('a participant proposes in each', { timeout: TEST_TIMEOUT_MS }, async () => {
        assert.ok(VOTINGS.approval.slug && VOTINGS.dots.slug, 'an earlier step did not set up the consultations');
        const page = await personas.pageAs('beneficiary');
        await withFailureScreenshot(page, 'flow-voting-proposals', async () => {
          for (const voting of Object.values(VOTINGS)) await propose(page, voting);
        });
      });

      it('votes in favour, against, abstains and withdraws, in place', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { slug, proposal: id } = VOTINGS.approval;
        assert.ok(id, 'an earlier step did not publish the proposal to vote on');
        const page = await personas.pageAs('beneficiary');
        const listPath = `/consultations/${slug}/proposals`;
        await withFailureScreenshot(page, 'flow-vote-approval-js', async () => {
          const response = await page.goto(listPath);
          await expectLanded(page, response, locale, { at: listPath, label: 'the proposals voted by approval' });
          assert.equal(await voteLeft(page), T.votedOnNone, 'nobody has voted yet');
          const box = voteBox(page, id);
          assert.equal(await box.count(), 1, `the list has a vote box for proposal ${id}`);
          assert.deepEqual(
            await approvalPressed(box),
            { for: 'false', against: 'false', abstain: 'false' },
            'no choice is pressed before voting',
          );
          await page.evaluate(() => {
            window.tavoloNoReload = 'still here';
          });

          const steps = [
            { value: 'for', label: T.voteFor },
            { value: 'against', label: T.voteAgainst },
            { value: 'abstain', label: T.voteAbstain },
          ];
          for (const { value, label } of steps) {
            await box.locator(`button[name="choice"][value="${value}"]`, { hasText: label }).click();
            await box.locator(`button[name="choice"][value="${value}"][aria-pressed="true"]`).waitFor();
            const pressed = await approvalPressed(box);
            for (const other of steps) {
              assert.equal(
                pressed[other.value],
                String(other.value === value),
                `after "${label}", "${other.label}" has aria-pressed=${other.value === value}`,
              );
            }
            await expectTextSoon(page, VOTE_LEFT, T.votedOnOne, `after "${label}"`);
            await expectTextSoon(page, VOTE_LIVE, T.voteSaved, `the live region after "${label}"`);
            assert.equal(
              await box.locator('button[name="choice"][value="withdraw"]', { hasText: T.withdrawVote }).count(),
              1,
              `after "${label}" the box offers "${T.withdrawVote}"`,
            );
          }
          await expectAxeClean(page, `${listPath} after voting in place (${locale.code})`);

          await box.locator('button[name="choice"][value="withdraw"]').click();
          await box.locator('button[name="choice"][value="withdraw"]').waitFor({ state: 'detached' });
          assert.deepEqual(
            await approvalPressed(box),
            { for: 'false', against: 'false', abstain: 'false' },
            'no choice is pressed after withdrawing',
          );
          await expectTextSoon(page, VOTE_LEFT, T.votedOnNone, 'after withdrawing');
          await expectTextSoon(page, VOTE_LIVE, T.voteWithdrawn, 'the live region after withdrawing');
          assert.equal(await page.evaluate(() => window.tavoloNoReload), 'still here', 'no page was loaded');
        });
      });

      it('votes in favour, then against, then withdraws without JavaScript', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { proposal: id } = VOTINGS.approval;
        assert.ok(id, 'an earlier step did not publish the proposal to vote on');
        const at = `/proposals/${id}`;
        const context = await newContext(locale, { javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await withFailureScreenshot(page, 'flow-vote-approval-nojs', async () => {
            await logIn(page, PERSONAS.beneficiary);
            await chooseLocale(page, locale);
            const response = await page.goto(at);
            await expectLanded(page, response, locale, { at, label: 'a proposal voted by approval', axe: false });
            // The step before withdrew the beneficiary's vote given in place.
            assert.equal(await voteLeft(page), T.votedOnNone, 'no vote yet');
            const box = voteBox(page, id);

            async function press(value, label) {
              const answer = await submitWith(page, box.locator(`button[name="choice"][value="${value}"]`, { hasText: label }));
              await expectLanded(page, answer, locale, { at, label: `${at} after "${label}"`, axe: false });
              assert.equal(new URL(page.url()).hash, `#vote-${id}`, `the vote brings the voter back to #vote-${id}`);
            }

            await press('for', T.voteFor);
            await expectFlash(page, T.voteSaved);
            assert.equal(await voteLeft(page), T.votedOnOne, 'after voting in favour');
            assert.deepEqual(await approvalPressed(box), { for: 'true', against: 'false', abstain: 'false' });

            await press('against', T.voteAgainst);
            await expectFlash(page, T.voteSaved);
            assert.equal(await voteLeft(page), T.votedOnOne, 'changing the vote is still one vote');
            assert.deepEqual(await approvalPressed(box), { for: 'false', against: 'true', abstain: 'false' });

            await press('withdraw', T.withdrawVote);
            await expectFlash(page, T.voteWithdrawn);
            assert.equal(await voteLeft(page), T.votedOnNone, 'after withdrawing');
            assert.deepEqual(await approvalPressed(box), { for: 'false', against: 'false', abstain: 'false' });
          });
        } finally {
          await context.close();
        }
      });

      it('spends 3 dots on one proposal without JavaScript, is refused a 4th, takes one back', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { proposal: id } = VOTINGS.dots;
        assert.ok(id, 'an earlier step did not publish the proposal to vote on');
        const at = `/proposals/${id}`;
        const context = await newContext(locale, { javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          await withFailureScreenshot(page, 'flow-vote-dots-nojs', async () => {
            await logIn(page, PERSONAS.beneficiary);
            await chooseLocale(page, locale);
            const response = await page.goto(at);
            await expectLanded(page, response, locale, { at, label: 'a proposal voted with dots', axe: false });
            assert.equal(await voteLeft(page), T.dotsLeft(3, 3), 'no dot is spent yet');
            const box = voteBox(page, id);

            async function press(value, label) {
              const answer = await submitWith(page, box.locator(`button[name="choice"][value="${value}"]`, { hasText: label }));
              await expectLanded(page, answer, locale, { at, label: `${at} after "${label}"`, axe: false });
              assert.equal(new URL(page.url()).hash, `#vote-${id}`, `the vote brings the voter back to #vote-${id}`);
            }

            for (const spent of [1, 2, 3]) {
              await press('add_dot', T.addDot);
              await expectFlash(page, T.dotAdded);
              assert.equal(await voteLeft(page), T.dotsLeft(3 - spent, 3), `after ${spent} dot(s)`);
            }
            assert.equal(await textOf(box.locator(VOTE_STATE)), T.dotsHere(3), 'the box counts the three dots');

            await press('add_dot', T.addDot);
            await expectFlashError(page, T.noDotsLeft);
            assert.equal(await voteLeft(page), T.dotsLeft(0, 3), 'a refused dot changes nothing');
            assert.equal(await textOf(box.locator(VOTE_STATE)), T.dotsHere(3), 'still three dots here');

            await press('remove_dot', T.removeDot);
            await expectFlash(page, T.dotRemoved);
            assert.equal(await voteLeft(page), T.dotsLeft(1, 3), 'taking a dot back frees it');
            assert.equal(await textOf(box.locator(VOTE_STATE)), T.dotsHere(2), 'two dots are left here');
          });
        } finally {
          await context.close();
        }
      });
    });

    describe(`${FLOW_LOCALE}: results by stakeholder group`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const closedResults = `/consultations/${CLOSED_CONSULTATION}/results`;
      const personas = personaPages(locale);

      after(() => personas.close());

      it('the closed round of the demo: its tab, charts with a text version, both sorts', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { closedRound, upcomingRound } = await demoIds();
        const page = await personas.pageAs('anonymous');
        await withFailureScreenshot(page, 'flow-results-demo', async () => {
          const at = `${DEMO_RESULTS}?round=${closedRound}`;
          const response = await page.goto(at);
          await expectLanded(page, response, locale, { at: DEMO_RESULTS, label: 'the results of the closed round' });
          const current = page.locator(`${RESULTS_TABS}[aria-current="page"]`);
          assert.equal(await current.count(), 1, 'exactly one round tab is current');
          assert.equal(await current.getAttribute('href'), at, 'the current tab is the closed round');

          const charts = page.locator('main svg.chart');
          const results = page.locator(RESULTS);
          assert.ok((await results.count()) >= 2, `the closed round lists its proposals (${await results.count()})`);
          assert.equal(
            await charts.count(),
            (await results.count()) + 1,
            'a chart for the turnout and one for each proposal',
          );
          for (const chart of await charts.all()) {
            assert.equal(await chart.getAttribute('role'), 'img', 'each chart is an image to assistive technology');
            const title = await chart.locator(':scope > title').textContent();
            const desc = await chart.locator(':scope > desc').textContent();
            assert.ok(title?.trim(), 'each chart has a <title>');
            assert.ok(
              desc?.includes(T.fewerThan3),
              `each chart's <desc> reads every bar, "${T.fewerThan3}" for the group nobody voted from: "${desc}"`,
            );
          }

          const totals = [];
          for (const result of await results.all()) {
            const text = await textOf(result.locator(ONLINE_VOTES));
            const figure = text.match(/^\d+/);
            assert.ok(figure, `online votes start with their number: "${text}"`);
            totals.push(Number(figure[0]));
          }
          for (let i = 1; i < totals.length; i++) {
            assert.ok(totals[i - 1] >= totals[i], `by default the highest total comes first: ${totals.join(', ')}`);
          }

          const sort = page.locator('main form.sort-form');
          await sort.locator('select[name="sort"]').selectOption('cross_group');
          const sorted = await submitWith(page, sort.locator(SUBMIT).first());
          await expectLanded(page, sorted, locale, { at: DEMO_RESULTS, label: 'results sorted by cross-group support' });
          assert.equal(new URL(page.url()).searchParams.get('sort'), 'cross_group', 'the sort is in the address');
          assert.equal(await current.getAttribute('href'), at, 'sorting stays on the closed round');
          const scores = [];
          for (const result of await results.all()) scores.push(await crossGroupShown(result, T));
          for (let i = 1; i < scores.length; i++) {
            assert.ok(scores[i - 1] >= scores[i], `the highest cross-group support comes first: ${scores.join(', ')}`);
          }
          // The closed round's figures no longer change: 6/7 of beneficiaries, 1/4 of institutions, 4/4 of the social sector gave dots.
          assert.equal(
            await textOf(results.first().locator('h4 a')),
            'Corsi di italiano la sera e nel fine settimana',
            'the courses proposal has the highest cross-group support of the closed round',
          );
          assert.equal(scores[0], 25, 'its cross-group support is 25%');

          const later = await submitWith(page, page.locator(`${RESULTS_TABS}[href$="?round=${upcomingRound}"]`));
          await expectLanded(page, later, locale, { at: DEMO_RESULTS, label: 'the results of the upcoming round' });
          assert.equal(
            await page.locator(`${RESULTS_TABS}[aria-current="page"]`).getAttribute('href'),
            `${DEMO_RESULTS}?round=${upcomingRound}`,
            'the upcoming round is now the current tab',
          );
          assert.ok((await textOf(page.locator('main'))).includes(T.resultsAfterClose), `the round says "${T.resultsAfterClose}"`);
          assert.equal(await results.count(), 0, 'no figures before it closes');
        });
      });

      it('the closed consultation in its API: the group nobody voted from is null', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('anonymous');
        await withFailureScreenshot(page, 'flow-results-api', async () => {
          await page.goto(closedResults);
          const api = await page.evaluate(async (slug) => {
            const response = await fetch(`/api/v1/consultations/${slug}/results`, { headers: { Accept: 'application/json' } });
            return { status: response.status, body: await response.json() };
          }, CLOSED_CONSULTATION);
          assert.equal(api.status, 200, 'the results API answers 200');
          assert.equal(api.body.consultation, CLOSED_CONSULTATION, 'the API names the consultation');
          assert.equal(api.body.rounds.length, 1, `${CLOSED_CONSULTATION} has one round`);
          const [round] = api.body.rounds;
          assert.equal(round.visible, true, 'the closed round is visible');
          assert.equal(round.state, 'closed', 'the round is closed');
          assert.equal(round.vote_rule, 'approval', 'the round voted by approval');
          assert.equal(round.voters_by_group.other, null, 'nobody from "other" voted, so no figure is given');
          assert.deepEqual(
            { beneficiary: round.voters_by_group.beneficiary, institution: round.voters_by_group.institution, third_sector: round.voters_by_group.third_sector },
            { beneficiary: 7, institution: 4, third_sector: 4 },
            'the voters of each group',
          );
          assert.equal(round.proposals.length, 3, 'the round has three proposals');
        });
      });

      it('the closed consultation: a proposal only institutions want scores lowest', { timeout: TEST_TIMEOUT_MS }, async () => {
        const page = await personas.pageAs('anonymous');
        await withFailureScreenshot(page, 'flow-results-closed', async () => {
          const response = await page.goto(closedResults);
          await expectLanded(page, response, locale, { at: closedResults, label: `the results of ${CLOSED_CONSULTATION}` });
          assert.equal(await page.locator(`${RESULTS_TABS}[aria-current="page"]`).count(), 1, 'its one round is the current tab');
          const result = (title) => page.locator(RESULTS, { has: page.locator('h4 a', { hasText: title }) });
          const monday = result('Chiudere gli sportelli il lunedì per la formazione');
          const booking = result('Prenotare gli appuntamenti online in più lingue');
          assert.equal(await monday.count(), 1, 'the Monday closing proposal is listed');
          assert.equal(await booking.count(), 1, 'the online booking proposal is listed');
          const mondayScore = await crossGroupShown(monday, T);
          const bookingScore = await crossGroupShown(booking, T);
          assert.ok(
            bookingScore > mondayScore,
            `booking online (${bookingScore}%) has more cross-group support than closing on Mondays (${mondayScore}%)`,
          );
          assert.equal(
            await textOf(monday.locator(CROSS_GROUP)),
            '0%',
            'closing on Mondays, wanted by institutions only, has 0% cross-group support',
          );
        });
      });
    });

    describe(`${FLOW_LOCALE}: an in-person count, recorded and deleted`, { concurrency: 1 }, () => {
      const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
      const T = TEXT[FLOW_LOCALE];
      const place = `Biblioteca Lazzerini, Prato ${RUN_ID}`;
      const personas = personaPages(locale);

      after(() => personas.close());

      it('the facilitator is told what is missing, records a count, then deletes it', { timeout: TEST_TIMEOUT_MS }, async () => {
        const { threadProposal: id, openRound } = await demoIds();
        const at = `/proposals/${id}`;
        const formPath = `${at}/tallies/new`;
        const page = await personas.pageAs('facilitator');
        await withFailureScreenshot(page, 'flow-tally', async () => {
          const response = await page.goto(at);
          await expectLanded(page, response, locale, { at, label: 'a proposal, to record an in-person count' });
          const link = page.locator(`#figures a[href="${formPath}?round=${openRound}"]`, { hasText: T.recordTally });
          assert.equal(await link.count(), 1, `#figures links to the count form of the open round`);
          const opened = await submitWith(page, link);
          await expectLanded(page, opened, locale, { at: formPath, label: 'the in-person count form' });

          const form = page.locator('main form', { has: page.locator('input[name="method"]') });
          await form.locator('input[name="place"]').fill(place);
          await form.locator('input[name="on"]').fill(isoDay(-2));
          await form.locator('input[name="for_beneficiary"]').fill('9');
          await form.locator('input[name="for_third_sector"]').fill('3');
          const refused = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, refused, locale, { status: 422, at: formPath, label: 'a count without its method' });
          const summary = page.locator('.error-summary');
          assert.equal(await summary.count(), 1, 'the re-rendered form has an error summary');
          const toMethod = summary.locator('a[href="#method"]');
          assert.equal(await toMethod.count(), 1, `the summary links to #method: ${await textOf(summary)}`);
          assert.ok((await textOf(toMethod)).includes(T.tallyMethodMissing), `the link says "${T.tallyMethodMissing}"`);
          await toMethod.click();
          await page
            .waitForFunction(() => document.activeElement?.getAttribute('name') === 'method')
            .catch(async () =>
              assert.fail(`the summary link should focus the method field, not ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`),
            );
          assert.equal(await form.locator('input[name="place"]').inputValue(), place, 'the place is kept');

          await form.locator('input[name="method"]').fill('Schede di carta');
          const saved = await submitWith(page, form.locator(SUBMIT).first());
          await expectLanded(page, saved, locale, { at, label: 'the proposal after recording a count' });
          await expectFlash(page, T.tallySaved);
          const tallies = page.locator(`#figures ${OFFLINE_TALLIES}`, { hasText: T.countedInPerson });
          assert.ok((await tallies.count()) >= 1, `#figures has a "${T.countedInPerson}" list`);
          const listed = tallies.locator('li', { hasText: place });
          assert.equal(await listed.count(), 1, `the count from "${place}" is listed under "${T.countedInPerson}"`);
          assert.ok((await textOf(listed)).includes('Schede di carta'), `the count says how it was counted: ${await textOf(listed)}`);

          const deleteLink = listed.locator('a[href^="/tallies/"]', { hasText: T.deleteTally });
          const deletePath = await deleteLink.getAttribute('href');
          const confirm = await submitWith(page, deleteLink);
          await expectLanded(page, confirm, locale, { at: deletePath, label: 'the confirmation before deleting a count' });
          assert.ok((await textOf(page.locator('main'))).includes(place), `the confirmation names the place`);
          const deleted = await submitWith(page, page.locator(`main form[action="${deletePath}"]`).locator(SUBMIT).first());
          await expectLanded(page, deleted, locale, { at, label: 'the proposal after deleting the count' });
          await expectFlash(page, T.tallyDeleted);
          assert.equal(await page.locator(`#figures ${OFFLINE_TALLIES} li`, { hasText: place }).count(), 0, 'the count is gone');
        });
      });
    });
  });

  // Outcomes come after every other flow, not beside them: the export is compared with the
  // demo's proposals and the audit log, which those flows add to while they run side by side,
  // and the open data of the closed consultation is withdrawn for a while (then published
  // again, as the demo has it), which no other test should run into.
  describe(`${FLOW_LOCALE}: outcomes, exported and published as open data`, { concurrency: 1, skip: FLOWS_ELSEWHERE }, () => {
    const locale = LOCALES.find((l) => l.code === FLOW_LOCALE);
    const T = TEXT[FLOW_LOCALE];
    const demoConsole = `/manage/consultations/${DEMO_CONSULTATION}`;
    const closedPage = `/consultations/${CLOSED_CONSULTATION}`;
    const personas = personaPages(locale);
    let exported; // the JSON export of the demo, set by the first step

    function needExport() {
      assert.ok(exported, 'an earlier step did not download the JSON export');
    }

    after(async () => {
      try {
        // Whatever failed on the way, leave the closed consultation's outcomes open data, as the
        // demo has them.
        const page = await personas.pageAs('coordinator');
        if (!(await closedOutcomesOpen(page.context()))) {
          await page.goto(`${CLOSED_OUTCOMES}/publish`);
          await submitWith(page, page.locator(`main form[action="${CLOSED_OUTCOMES}/publish"]`).locator(SUBMIT).first());
          assert.ok(await closedOutcomesOpen(page.context()), `the outcomes of ${CLOSED_CONSULTATION} are published again`);
        }
      } finally {
        await personas.close();
      }
    });

    it('the coordinator follows the console to the outcomes, downloads the zip, the JSON and the workbook', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = await personas.pageAs('coordinator');
      await withFailureScreenshot(page, 'flow-outcomes-download', async () => {
        const response = await page.goto(demoConsole);
        await expectLanded(page, response, locale, { at: demoConsole, label: 'the console of the demo' });
        const link = page.locator(`main #outcomes a[href="${DEMO_OUTCOMES}"]`, { hasText: T.consoleOutcomes });
        assert.equal(await link.count(), 1, `the console's #outcomes section links to ${DEMO_OUTCOMES}`);
        const opened = await submitWith(page, link);
        await expectLanded(page, opened, locale, { at: DEMO_OUTCOMES, label: 'the outcomes of the demo' });
        const downloadLink = (format) => page.locator(`${OUTCOME_DOWNLOADS} a[href="${DEMO_OUTCOMES}/download/${format}"]`);

        const zip = await downloadFrom(page, downloadLink('csv'));
        assert.equal(zip.name, `${DEMO_CONSULTATION}-outcomes.zip`, 'the CSV tables come as a zip named after the consultation');
        assert.ok(zip.bytes.length > 0, 'the zip is not empty');
        assert.equal(zip.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the zip starts as a zip does');

        const json = await downloadFrom(page, downloadLink('json'));
        assert.equal(json.name, `${DEMO_CONSULTATION}-outcomes.json`, 'the JSON is named after the consultation');
        assert.ok(json.bytes.length > 0, 'the JSON is not empty');
        const text = json.bytes.toString('utf8');
        const parsed = JSON.parse(text);
        assert.equal(parsed.format, 'tavolo-export', 'the JSON says what it is');
        expectNoDemoEmail(text, 'the JSON export');
        // The API leaves hidden proposals out; the export keeps them, without their text.
        const api = await page.context().request.get(`/api/v1/consultations/${DEMO_CONSULTATION}/proposals`);
        assert.equal(api.status(), 200, 'the proposals API answers 200');
        const { total } = await api.json();
        const hidden = parsed.proposals.filter((p) => p.state === 'hidden').length;
        assert.equal(
          parsed.proposals.length,
          total + hidden,
          `the export has every proposal of ${DEMO_CONSULTATION}: ${total} in the API, ${hidden} hidden`,
        );

        const xlsx = await downloadFrom(page, downloadLink('xlsx'));
        assert.equal(xlsx.name, `${DEMO_CONSULTATION}-outcomes.xlsx`, 'the workbook is named after the consultation');
        assert.ok(xlsx.bytes.length > 0, 'the workbook is not empty');
        assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the workbook is a zip, as XLSX files are');
        exported = parsed;
      });
    });

    it('the printable report shows every proposal and its charts, on screen and in print', { timeout: TEST_TIMEOUT_MS }, async () => {
      needExport();
      const page = await personas.pageAs('coordinator');
      const at = `${DEMO_OUTCOMES}/download/html`;
      await withFailureScreenshot(page, 'flow-outcomes-report', async () => {
        if (pathname(page) !== DEMO_OUTCOMES) await page.goto(DEMO_OUTCOMES);
        const report = await submitWith(page, page.locator(`${OUTCOME_DOWNLOADS} a[href="${at}"]`));
        await expectLanded(page, report, locale, { at, label: 'the printable report' });
        const policy = report.headers()['content-security-policy'] ?? '';
        assert.match(policy, /style-src 'sha256-[^']+'/, `the report allows its stylesheet by hash: ${policy}`);
        assert.ok(!policy.includes('unsafe-inline'), `the report allows no other inline style: ${policy}`);
        // The stylesheet applies (its hash matches): headings of sections are underlined by it.
        const underline = await page.locator('main h2').first().evaluate((h2) => getComputedStyle(h2).borderBottomStyle);
        assert.equal(underline, 'solid', 'the report is styled by its own stylesheet');

        const titles = exported.proposals.map((p) => p.title).filter((title) => title !== null);
        assert.ok(titles.length > 0, 'the export has proposals with titles');
        const shown = (await page.locator(REPORT_TITLES).allTextContents()).map((t) => t.trim());
        for (const title of titles) {
          assert.ok(shown.includes(title), `the report shows "${title}"; it shows ${shown.map((t) => `"${t}"`).join(', ')}`);
        }
        assert.ok((await page.content()).includes('<svg'), 'the report draws its charts in SVG');

        await page.emulateMedia({ media: 'print' });
        try {
          assert.ok(await page.evaluate(() => matchMedia('print').matches), 'the page is laid out for print');
          const headings = page.locator('h1, main h2');
          assert.ok((await headings.count()) > 2, 'the report has a title and sections');
          for (const heading of await headings.all()) {
            assert.ok(await heading.isVisible(), `"${await textOf(heading)}" is shown in print`);
          }
          const sections = (await page.locator('main h2').allTextContents()).map((t) => t.trim());
          assert.ok(sections.includes(T.reportProposals), `in print, the report has "${T.reportProposals}": ${sections.join(', ')}`);
        } finally {
          await page.emulateMedia({ media: null });
        }
      });
    });

    it('the audit log of the consultation lists each download', { timeout: TEST_TIMEOUT_MS }, async () => {
      needExport();
      const page = await personas.pageAs('coordinator');
      const at = `${demoConsole}/audit`;
      await withFailureScreenshot(page, 'flow-outcomes-audit', async () => {
        const response = await page.goto(at);
        await expectLanded(page, response, locale, { at, label: 'the audit log of the demo' });
        // Newest first: the report, the workbook, the JSON, the zip, all from this flow.
        const rows = page.locator(AUDIT_ROWS);
        assert.ok((await rows.count()) >= 4, `the audit log has at least four entries (${await rows.count()})`);
        const formats = [];
        for (let i = 0; i < 4; i++) {
          const row = rows.nth(i);
          assert.equal(await textOf(row.locator('td').nth(2)), T.outcomesExported, `entry ${i + 1} says "${T.outcomesExported}"`);
          const details = JSON.parse(await textOf(row.locator('td code')));
          assert.equal(details.via, 'console', `entry ${i + 1} was an export from the console`);
          assert.equal(details.pseudonymised, true, `entry ${i + 1} was pseudonymised`);
          assert.equal(details.proposals, exported.proposals.length, `entry ${i + 1} counts the proposals exported`);
          formats.push(details.format);
        }
        assert.deepEqual(formats, ['html', 'xlsx', 'json', 'csv'], 'each download is in the log, newest first');
      });
    });

    it('the coordinator withdraws the open data of the closed consultation: its links go, its files are not found', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = await personas.pageAs('coordinator');
      const anonymous = await personas.pageAs('anonymous');
      const facilitator = await personas.pageAs('facilitator');
      await withFailureScreenshot(page, 'flow-open-data-withdraw', async () => {
        const response = await page.goto(CLOSED_OUTCOMES);
        await expectLanded(page, response, locale, { at: CLOSED_OUTCOMES, label: `the outcomes of ${CLOSED_CONSULTATION}` });
        const withdraw = page.locator(`${OPEN_DATA} form[action="${CLOSED_OUTCOMES}/withdraw"] button`, { hasText: T.withdrawOpenData });
        assert.equal(await withdraw.count(), 1, `the open data of ${CLOSED_CONSULTATION} can be withdrawn: it is published`);
        const answer = await submitWith(page, withdraw);
        await expectLanded(page, answer, locale, { at: CLOSED_OUTCOMES, label: 'the outcomes after withdrawing the open data' });
        await expectFlash(page, T.openDataWithdrawn);
        assert.equal(
          await page.locator(`${OPEN_DATA} a[href="${CLOSED_OUTCOMES}/publish"]`, { hasText: T.publishOutcomes }).count(),
          1,
          'the coordinator may publish them again',
        );
      });

      await withFailureScreenshot(anonymous, 'flow-open-data-withdrawn', async () => {
        const response = await anonymous.goto(closedPage);
        await expectLanded(anonymous, response, locale, { at: closedPage, label: `${closedPage}, its open data withdrawn` });
        assert.equal(await anonymous.locator(PUBLIC_OUTCOMES).count(), 0, 'the page has no outcomes section');
        assert.equal(await anonymous.locator('main a[href*="/outcomes."]').count(), 0, 'the page links to no outcome file');
        for (const file of ['outcomes.json', 'outcomes.zip']) {
          const at = `${closedPage}/${file}`;
          const gone = await anonymous.goto(at);
          await expectLanded(anonymous, gone, locale, { status: 404, at, label: `${file}, withdrawn` });
        }
      });

      await withFailureScreenshot(facilitator, 'flow-open-data-facilitator', async () => {
        const response = await facilitator.goto(CLOSED_OUTCOMES);
        await expectLanded(facilitator, response, locale, {
          at: CLOSED_OUTCOMES,
          label: `the outcomes of ${CLOSED_CONSULTATION}, as its facilitator`,
        });
        assert.ok((await textOf(facilitator.locator(OPEN_DATA))).includes(T.coordinatorsPublish), `the facilitator is told "${T.coordinatorsPublish}"`);
        assert.equal(await facilitator.locator(`main a[href="${CLOSED_OUTCOMES}/publish"]`).count(), 0, 'the facilitator has no publish button');
        assert.equal(await facilitator.locator(`main form[action^="${CLOSED_OUTCOMES}/"]`).count(), 0, 'nor any other form about the outcomes');
      });
    });

    it('the coordinator publishes them again from the confirmation page, and anyone may download them', { timeout: TEST_TIMEOUT_MS }, async () => {
      const page = await personas.pageAs('coordinator');
      const anonymous = await personas.pageAs('anonymous');
      await withFailureScreenshot(page, 'flow-open-data-publish', async () => {
        if (pathname(page) !== CLOSED_OUTCOMES) await page.goto(CLOSED_OUTCOMES);
        const link = page.locator(`${OPEN_DATA} a[href="${CLOSED_OUTCOMES}/publish"]`, { hasText: T.publishOutcomes });
        const confirm = await submitWith(page, link);
        await expectLanded(page, confirm, locale, { at: `${CLOSED_OUTCOMES}/publish`, label: 'the confirmation before publishing' });
        const form = page.locator(`main form[action="${CLOSED_OUTCOMES}/publish"]`);
        const published = await submitWith(page, form.locator(SUBMIT, { hasText: T.publishOutcomes }));
        await expectLanded(page, published, locale, { at: CLOSED_OUTCOMES, label: 'the outcomes after publishing them' });
        await expectFlash(page, T.outcomesPublished);
        assert.equal(
          await page.locator(`${OPEN_DATA} form[action="${CLOSED_OUTCOMES}/withdraw"]`).count(),
          1,
          'they are published, so they can be withdrawn',
        );
      });

      await withFailureScreenshot(anonymous, 'flow-open-data-download', async () => {
        const response = await anonymous.goto(closedPage);
        await expectLanded(anonymous, response, locale, { at: closedPage, label: `${closedPage}, its open data published` });
        const json = await downloadFrom(anonymous, anonymous.locator(`${PUBLIC_OUTCOMES} a[href="${closedPage}/outcomes.json"]`));
        assert.equal(json.name, `${CLOSED_CONSULTATION}-outcomes.json`, 'the open data JSON is named after the consultation');
        const text = json.bytes.toString('utf8');
        const parsed = JSON.parse(text);
        assert.equal(parsed.format, 'tavolo-export', 'the open data JSON says what it is');
        assert.equal(parsed.consultation.slug, CLOSED_CONSULTATION, 'it is the closed consultation');
        assert.equal(parsed.consultation.pseudonymised, true, 'open data is pseudonymised');
        expectNoDemoEmail(text, 'the open data JSON');
        const zip = await downloadFrom(anonymous, anonymous.locator(`${PUBLIC_OUTCOMES} a[href="${closedPage}/outcomes.zip"]`));
        assert.equal(zip.name, `${CLOSED_CONSULTATION}-outcomes.zip`, 'the open data zip is named after the consultation');
        assert.equal(zip.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the open data zip starts as a zip does');
      });
    });

    it('a facilitator downloads but decides nothing; a beneficiary is refused', { timeout: TEST_TIMEOUT_MS }, async () => {
      const facilitator = await personas.pageAs('facilitator');
      const beneficiary = await personas.pageAs('beneficiary');
      await withFailureScreenshot(facilitator, 'flow-outcomes-facilitator', async () => {
        for (const at of [DEMO_OUTCOMES, CLOSED_OUTCOMES]) {
          const response = await facilitator.goto(at);
          await expectLanded(facilitator, response, locale, { at, label: `${at}, as a facilitator` });
          assert.equal(
            await facilitator.locator(`${OUTCOME_DOWNLOADS} a[href^="${at}/download/"]`).count(),
            4,
            `${at} offers the facilitator the four formats`,
          );
          assert.equal(await facilitator.locator(PRIVACY_FORM).count(), 0, `${at} has no privacy form for a facilitator`);
          assert.equal(await facilitator.locator('main [name="export_names"]').count(), 0, `${at} has no names checkbox for a facilitator`);
          assert.equal(
            await facilitator.locator(`main a[href="${at}/publish"], main form[action="${at}/publish"], main form[action="${at}/withdraw"]`).count(),
            0,
            `${at} has no button to publish or withdraw for a facilitator`,
          );
        }
        // Nor is the facilitator let in by sending the form a coordinator has, with the session's
        // token: the page is told who may, not that the form expired.
        const withdrawPath = `${CLOSED_OUTCOMES}/withdraw`;
        await facilitator.evaluate((action) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = action;
          const token = document.createElement('input');
          token.type = 'hidden';
          token.name = '_csrf';
          token.value = document.querySelector('input[name="_csrf"]').value;
          const button = document.createElement('button');
          button.type = 'submit';
          button.textContent = 'Withdraw';
          form.append(token, button);
          document.querySelector('main').append(form);
        }, withdrawPath);
        const refused = await submitWith(facilitator, facilitator.locator(`main form[action="${withdrawPath}"] button`));
        await expectLanded(facilitator, refused, locale, { status: 403, at: withdrawPath, label: 'a facilitator withdrawing the open data' });
        assert.ok((await textOf(facilitator.locator('main'))).includes(T.coordinatorsOnly), `the refusal says "${T.coordinatorsOnly}"`);
        assert.ok(await closedOutcomesOpen(facilitator.context()), 'the open data is still published');
      });

      await withFailureScreenshot(beneficiary, 'flow-outcomes-beneficiary', async () => {
        const response = await beneficiary.goto(DEMO_OUTCOMES);
        await expectLanded(beneficiary, response, locale, { status: 403, at: DEMO_OUTCOMES, label: 'the outcomes, as a beneficiary' });
        assert.ok((await textOf(beneficiary.locator('main'))).includes(T.facilitatorsOnly), `the refusal says "${T.facilitatorsOnly}"`);
        const download = await beneficiary.context().request.get(`${DEMO_OUTCOMES}/download/json`);
        assert.equal(download.status(), 403, 'a beneficiary may not download the outcomes either');
      });
    });
  });
});
