import type { NoticeLanguageTexts } from './types.js';

/**
 * English consent notices, version 2026-12. `adult` is for parents (and an adult mentee);
 * `childFriendly` is the pupil's own text (CON-10). Plain language: short sentences, one idea
 * each. Paragraphs are separated by an empty line. Changing a text changes its hash: raise
 * NOTICE_VERSION in index.ts when you do.
 */
export const en: NoticeLanguageTexts = {
  answers: {
    adult: {
      required: { no: 'You may say no.', then: 'But without this the mentoring cannot start.', withdrawn: 'Then the mentoring stops.' },
      optional: { no: 'Saying no is fine.', then: 'The mentoring goes on.', withdrawn: 'The mentoring goes on.' },
    },
    childFriendly: {
      required: { no: 'You may say no.', then: 'But without this you cannot have a mentor.', withdrawn: 'Then your mentor stops.' },
      optional: { no: 'You may say no. That is fine.', then: 'Your mentor still comes.', withdrawn: 'Your mentor still comes.' },
    },
  },
  purposes: {
    mentoring: {
      adult: {
        title: 'Taking part: a volunteer for your child',
        paragraphs: [
          'A volunteer helps your child with school. The volunteer meets or calls your child every week. This can be at your home or by phone.',
          'All our volunteers are checked. They have a certificate of conduct (VOG) and they are trained.',
          'For this we keep some information: the name of your child, the school and class, your name and how to reach you, and short notes about how it is going. Only the coordinator and the volunteer of your child see this. We keep it only as long as needed.',
          'If the volunteer is worried about the safety of your child, the volunteer tells the coordinator. That is always so.',
        ],
        ifNo: { required: 'Then your child does not get a volunteer. Nothing else changes at school.' },
        withdraw: 'You can stop at any time. Press "Withdraw" at this question in the portal, or tell the coordinator. You do not have to say why.',
      },
      childFriendly: {
        title: 'Do you want a mentor?',
        paragraphs: [
          'A mentor is a volunteer who helps you with school. You see or call your mentor every week.',
          'The mentor knows your name, your school and how you are doing. The coordinator knows this too. Nobody else.',
          'If your mentor worries that you are not safe, they tell the coordinator. That is to help you.',
        ],
        ifNo: { required: 'Nobody will be angry.' },
        withdraw: 'You can stop at any time. Tell your parent or the coordinator.',
      },
    },
    shareContactDetails: {
      adult: {
        title: 'Giving your address and phone number to the volunteer',
        paragraphs: [
          'The volunteer needs to reach you to make appointments. For this, we give your address and phone number to the volunteer of your child.',
          'Only this volunteer gets them. The volunteer uses them only for the appointments, and deletes them when the mentoring ends.',
        ],
        ifNo: { optional: 'Then the coordinator helps you to make appointments another way.' },
        withdraw: 'You can stop at any time. Press "Withdraw" at this question, or tell the coordinator. Then the volunteer deletes your details.',
      },
      childFriendly: {
        title: 'Can your mentor have your phone number and address?',
        paragraphs: [
          'Your mentor needs your phone number or address to call you or to visit you.',
          'Only your mentor gets it. Your mentor uses it only for your appointments.',
        ],
        ifNo: { optional: 'Then the coordinator finds another way.' },
        withdraw: 'You can stop at any time. Tell your parent or the coordinator.',
      },
    },
    shareWithSchool: {
      adult: {
        title: 'The volunteer and the school talk together',
        paragraphs: [
          'The volunteer and the mentor at school sometimes talk about your child. They talk about school: how it is going and what your child needs.',
          'They share only what helps your child with school. Other things stay between you and the volunteer, unless the safety of your child is at risk.',
        ],
        ifNo: { optional: 'Then the volunteer and the school do not talk about your child.' },
        withdraw: 'You can stop at any time. Press "Withdraw" at this question, or tell the coordinator.',
      },
      childFriendly: {
        title: 'Can your mentor talk with your teacher?',
        paragraphs: [
          'Your mentor and your teacher at school may talk about how school is going for you. They do this to help you better.',
          'They only talk about school.',
        ],
        ifNo: { optional: 'Then they do not talk about you.' },
        withdraw: 'You can stop at any time. Tell your parent or the coordinator.',
      },
    },
    evaluation: {
      adult: {
        title: 'Questionnaires to improve our help',
        paragraphs: [
          'Sometimes we ask you to fill in a short list of questions. For example at the start and at the end. We ask how it is going and what could be better.',
          'We use the answers to make our help better. In reports we only show totals of many people. Your name is never in them.',
        ],
        ifNo: { optional: 'Then we do not send you questionnaires.' },
        withdraw: 'You can stop at any time. Press "Withdraw" at this question, or tell the coordinator.',
      },
      childFriendly: {
        title: 'Do you want to answer a few questions sometimes?',
        paragraphs: [
          'Sometimes we ask you a few questions. For example: do you like it? What could be better?',
          'Your answers help us to make it better. We never tell others what you said with your name.',
        ],
        ifNo: {},
        withdraw: 'You can stop at any time. Tell your parent or the coordinator.',
      },
    },
    photoMedia: {
      adult: {
        title: 'Photos in our newsletter and on our website',
        paragraphs: [
          'Sometimes we take photos at activities. We may use a photo of your child in our newsletter, on our website or in a report. Many people can see these.',
          'We never write the full name or the school of your child with a photo.',
        ],
        ifNo: { optional: 'Then we do not use photos of your child. Everything else stays the same.' },
        withdraw: 'You can stop at any time. Press "Withdraw" at this question, or tell the coordinator. Then we use no new photos and remove photos of your child from our website. We cannot take back a newsletter that was already printed.',
      },
      childFriendly: {
        title: 'Can we use a photo of you?',
        paragraphs: [
          'Sometimes we take photos. We may put a photo of you in our newsletter or on our website. Many people can see it.',
          'We never write your full name or your school with it.',
        ],
        ifNo: { optional: 'Then we do not use photos of you.' },
        withdraw: 'You can stop at any time. Tell your parent or the coordinator.',
      },
    },
  },
};
