import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import type { MemberWrite } from '../../api/members'
import { memberFormSchema, type MemberFormValues } from './memberFormSchema'

/** Sets up the form of the member dialogs, validated by `memberFormSchema`. */
export function useMemberForm(defaultValues: MemberFormValues) {
  return useForm<MemberFormValues, unknown, MemberWrite>({
    // The form holds an empty role until one is chosen, which the schema
    // then rejects, so its input type is wider than the schema's.
    resolver: zodResolver(memberFormSchema) as Resolver<
      MemberFormValues,
      unknown,
      MemberWrite
    >,
    defaultValues,
  })
}
