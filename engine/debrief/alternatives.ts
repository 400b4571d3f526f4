import type { Roadblock } from '../../contract/moves.js';

/** For each roadblock: what to try instead, and why it works better. */
export const ALTERNATIVES: Record<Roadblock, { instead: string; why: string }> = {
  advice: {
    instead: 'It sounds like you have been weighing this up. What have you thought of trying so far?',
    why: 'Advice given before the client asks for it takes the problem away from them; asking what they have considered keeps them in charge.',
  },
  judgement: {
    instead: 'It sounds like that was a hard situation to be in.',
    why: 'Criticism makes a client defend themselves instead of exploring; acceptance makes it safe to say more.',
  },
  minimising: {
    instead: 'That sounds really painful. It makes sense that it is weighing on you.',
    why: '"At least" and "cheer up" tell the client their feeling is too big; validating it tells them it can be spoken.',
  },
  probing: {
    instead: 'Take your time. We can go at whatever pace feels right for you.',
    why: 'Pushing for details, or asking "why", feels like interrogation; giving space lets the client choose when to open up.',
  },
  labelling: {
    instead: 'You have described feeling on edge a lot of the time. How does that show up day to day?',
    why: 'Labels and diagnoses put the client in a box; describing what they said keeps to their own words.',
  },
  dismissing_culture: {
    instead:
      'I would like to understand what your family and faith mean to you in this. Could you tell me more?',
    why: "Setting aside a client's culture or faith tells them part of who they are is not welcome; respectful curiosity builds trust.",
  },
  boundary_breach: {
    instead: 'I am here for you during our sessions, and this is a space that is just for you.',
    why: 'Friendship, personal contact or promises outside the role blur professional distance, which is what keeps the space safe.',
  },
  self_focus: {
    instead: 'I am wondering what that was like for you.',
    why: 'A long story of your own takes the session away from the client; bring the focus back to their experience.',
  },
  hostility: {
    instead: 'I can see this is frustrating. Can you help me understand what is most difficult right now?',
    why: 'Sarcasm, insult or threat breaks trust at once; staying calm and curious repairs it.',
  },
};
