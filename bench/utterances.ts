/**
 * Trainee lines for the benchmarks, written for this project: the mix a real session sees —
 * short acknowledgements, open and closed questions, reflections, empathy, pacing, and the
 * roadblocks (advice, probing, minimising, labelling) — from two words to about forty.
 */
export const UTTERANCES: readonly string[] = [
  'Hi Maya, thanks for coming in today.',
  'Take your time. There is no rush at all.',
  'How have things been for you lately?',
  'What would you like to talk about today?',
  'Is this your first time seeing a counsellor?',
  'It sounds like coming here was not easy for you.',
  "You're not sure what you're supposed to say, and that's okay.",
  'I notice you looked down at the floor just then.',
  "It sounds like you're feeling tired and a bit on edge.",
  "We can go at whatever pace feels right for you, and we can leave anything you'd rather not talk about.",
  'What you say here stays between us, except if I were worried about your safety.',
  'Mm-hmm.',
  'Go on.',
  'So you have not driven since the crash.',
  'It must be hard to carry that on your own.',
  'You came here even though part of you did not want to. That took courage.',
  'Why did you take the motorway that night?',
  'Have you tried driving again? You should just get back behind the wheel.',
  'At least nobody died, that is something to be grateful for.',
  'It sounds like PTSD to me.',
  'What happened on the night of the accident? Where were you going? Who was with you?',
  'Cheer up, things will get better soon.',
  'I was in a car crash once too, and I got over it by keeping busy.',
  'How does your family feel about what has happened?',
  'You mentioned your mum phones on Sundays. What are those calls like for you?',
  "It sounds like you feel responsible for Lena's injuries, even though the police said it was not your fault.",
  'So on one hand you admire the way your family gets on with things, and on the other it leaves you feeling alone with it.',
  'I can hear how much you miss her.',
  "That makes a lot of sense given everything you've been through.",
  'What helps, even a little, on the bad nights?',
  'Would it be alright if we talked a bit about work?',
  'You have kept going to work through all of this, which says a lot about you.',
  'Let me check I have understood: since the crash you sleep badly, you have stopped seeing friends, and you feel guilty about Lena.',
  'I wonder if the guilt is part of why it is hard to answer her calls.',
  'Sorry, I pushed too hard there. We can leave that for now.',
  'How is it for you to be talking about this with me?',
  "I'm here, and I'm listening.",
  'What does being Polish British mean to you?',
  'Do you want to stop there for today?',
  'So what are you going to do about it?',
];

/** A forty-word utterance, for timing analyse() alone at the length the issue names. */
export const FORTY_WORDS =
  'It sounds like since the crash you have been carrying a lot on your own, sleeping badly and ' +
  "keeping away from friends, and I wonder whether part of what makes Lena's calls hard is " +
  'the guilt about that one night.';
