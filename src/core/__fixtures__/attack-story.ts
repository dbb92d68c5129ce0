/**
 * Three reports of one invented attack, written for the tests (no real outlet's text): the
 * death toll differs ("at least 84", "Nearly 80", "77"), the driver's age and the distance
 * agree, and the children are different people's. Used by the claim tests of the core and,
 * assembled into a corpus, by the reader's (src/testing/attack-story.ts) and the browser's.
 */
const sun = `A lorry drove into a crowd on the seafront promenade late on Thursday, and at least 84 people were killed, the prosecutor said.

More than 200 people were injured in the attack, officials said. The driver, a 31-year-old delivery man, had three children.

The lorry drove 2 km along the promenade before police stopped it.`;
const daily = `Nearly 80 people were killed when a lorry drove into a crowd on the seafront promenade on Thursday night.

The driver, a 31-year-old delivery man, was shot dead by police. One victim, a teacher, leaves two children.

The lorry drove about 2 km along the promenade, witnesses said.`;
const wire = `The president said 77 people were killed when a lorry ploughed into a crowd on the seafront promenade.

Police said the driver was a 31-year-old delivery man.`;


export const ATTACK = { sun, daily, wire } as const;
export const ATTACK_OUTLETS = { sun: 'The Sun Times', daily: 'Daily Courier', wire: 'Wire Service' } as const;
/** Each report's title, outlet and publication time, as a sidecar or a corpus record gives them. */
export const ATTACK_META = {
  sun: {
    title: 'Lorry attack on seafront promenade kills at least 84',
    outlet: ATTACK_OUTLETS.sun,
    published: '2026-07-14T23:40',
  },
  daily: {
    title: 'Nearly 80 killed as lorry ploughs into seafront promenade crowd',
    outlet: ATTACK_OUTLETS.daily,
    published: '2026-07-14T23:05',
  },
  wire: {
    title: 'President says 77 killed in lorry attack on seafront promenade',
    outlet: ATTACK_OUTLETS.wire,
    published: '2026-07-15T01:10',
  },
} as const;
