import { useState } from 'react';
import { InterviewPlan } from './InterviewPlan';
import { InterviewScreen } from './InterviewScreen';
import './interviews.css';

/** The Interviews tab: the plan, or one interview opened from it. */
export function InterviewsSection() {
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId) return <InterviewScreen interviewId={openId} onClose={() => setOpenId(null)} />;
  return <InterviewPlan onOpen={setOpenId} />;
}
