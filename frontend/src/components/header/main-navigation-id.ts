/** The id Bootstrap Italia's mobile menu toggler targets. */
export const MAIN_NAVIGATION_ID = 'main-navigation';
